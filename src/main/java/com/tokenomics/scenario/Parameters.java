package com.tokenomics.scenario;

import com.tokenomics.engine.Variable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The inputs analyses can vary: their flat parameter name, the field they set and its allowed range. */
public final class Parameters {

    public record Varied(String name, String field, Variable variable, Limit limit) {
    }

    public static final Map<String, Varied> BY_NAME = byName(
            new Varied("users", "/workload/users", Variable.USERS, Limits.USERS),
            new Varied("context", "/workload/contextTokens", Variable.CONTEXT_TOKENS, Limits.CONTEXT),
            new Varied("utilization", "/finance/utilization", Variable.UTILIZATION,
                    Limits.FRACTION_ABOVE_ZERO),
            new Varied("wacc", "/finance/wacc", Variable.WACC, Limits.WACC),
            new Varied("depreciationYears", "/finance/depreciationYears", Variable.DEPRECIATION_YEARS,
                    Limits.YEARS),
            new Varied("electricityUsdPerKwh", "/finance/electricityUsdPerKwh", Variable.ELECTRICITY_USD_PER_KWH,
                    Limits.ELECTRICITY),
            new Varied("pue", "/finance/pue", Variable.PUE, Limits.PUE),
            new Varied("hostingUsdPerKwMonth", "/finance/hostingUsdPerKwMonth", Variable.HOSTING_USD_PER_KW_MONTH,
                    Limits.HOSTING),
            new Varied("pricePerRackUsd", "/system/pricePerRackUsd", Variable.PRICE_PER_RACK_USD,
                    Limits.PRICE_PER_RACK),
            new Varied("powerPerRackKw", "/system/powerPerRackKw", Variable.POWER_PER_RACK_KW,
                    Limits.POWER_PER_RACK),
            new Varied("tokensPerSecond", "/deployment/tokensPerSecond", Variable.TOKENS_PER_SECOND,
                    Limits.TOKENS_PER_SECOND),
            new Varied("price", "/market/usdPerMillionTokens", Variable.MARKET_USD_PER_MILLION_TOKENS,
                    Limits.PRICE_PER_MILLION),
            new Varied("instances", "/deployment/instances", Variable.INSTANCES, Limits.INSTANCES));

    public static Varied of(Variable variable) {
        return BY_NAME.values().stream().filter(varied -> varied.variable() == variable).findFirst().orElseThrow();
    }

    private static Map<String, Varied> byName(Varied... all) {
        Map<String, Varied> byName = new LinkedHashMap<>();
        for (Varied varied : all) {
            byName.put(varied.name(), varied);
        }
        return Collections.unmodifiableMap(byName);
    }

    private Parameters() {
    }
}
