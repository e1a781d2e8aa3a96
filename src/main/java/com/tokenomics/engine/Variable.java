package com.tokenomics.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.ToDoubleFunction;

/**
 * A scenario input that sweeps and sensitivity analyses vary: how to read it and how to set it, one row each. The
 * unit is in the name.
 */
public enum Variable {
    USERS(s -> s.workload().users(), Variable::withUsers),
    /** Tokens held per user; a workload with generated tokens keeps its input : output ratio. */
    CONTEXT_TOKENS(s -> s.workload().contextTokens(), Variable::withContextTokens),
    UTILIZATION(s -> s.finance().utilization(), (s, v) -> s.withFinance(s.finance().withUtilization(v))),
    WACC(s -> s.finance().wacc(), (s, v) -> s.withFinance(s.finance().withWacc(v))),
    DEPRECIATION_YEARS(s -> s.finance().depreciationYears(),
            (s, v) -> s.withFinance(s.finance().withDepreciationYears(v))),
    ELECTRICITY_USD_PER_KWH(s -> s.finance().electricityUsdPerKwh(),
            (s, v) -> s.withFinance(s.finance().withElectricityUsdPerKwh(v))),
    PUE(s -> s.finance().pue(), (s, v) -> s.withFinance(s.finance().withPue(v))),
    HOSTING_USD_PER_KW_MONTH(s -> s.finance().hostingUsdPerKwMonth(),
            (s, v) -> s.withFinance(s.finance().withHostingUsdPerKwMonth(v))),
    PRICE_PER_RACK_USD(s -> orNaN(s.hardware().pricePerRackUsd()),
            (s, v) -> s.withHardware(s.hardware().withPricePerRackUsd(v))),
    POWER_PER_RACK_KW(s -> orNaN(s.hardware().powerPerRackKw()),
            (s, v) -> s.withHardware(s.hardware().withPowerPerRackKw(v))),
    /** The given throughput: a deployment total or a per-chip rate, whichever the scenario has. */
    TOKENS_PER_SECOND(Variable::tokensPerSecond, Variable::withTokensPerSecond),
    MARKET_USD_PER_MILLION_TOKENS(s -> s.market() == null ? Double.NaN : s.market().blendedUsdPerMillionTokens(),
            (s, v) -> s.withMarket(Market.blended(v))),
    INSTANCES(s -> s.deployment().instances(),
            (s, v) -> s.withDeployment(s.deployment().withInstances((int) Math.round(v))));

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    /** Sets a variable: a double in, a scenario out (no such interface in java.util.function). */
    private interface Wither {
        Scenario apply(Scenario scenario, double value);
    }

    private final ToDoubleFunction<Scenario> getter;
    private final Wither wither;

    Variable(ToDoubleFunction<Scenario> getter, Wither wither) {
        this.getter = getter;
        this.wither = wither;
    }

    /** The value in the scenario, NaN when the scenario has none (no price, no given throughput …). */
    public double valueIn(Scenario scenario) {
        return getter.applyAsDouble(scenario);
    }

    public Scenario apply(Scenario scenario, double value) {
        return wither.apply(scenario, value);
    }

    /**
     * A value reached by steps (0.5 + 0.1 × 1, 0.6 × (1 − 0.9)) to 15 significant digits: what a person would have
     * typed, 0.6 and 0.06, instead of the binary sums' 0.6000000000000001 and 0.05999999999999999.
     */
    public static double stepValue(double computed) {
        if (!Double.isFinite(computed) || computed == 0) {
            return computed;
        }
        return BigDecimal.valueOf(computed).round(FIFTEEN_DIGITS).doubleValue();
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static Scenario withUsers(Scenario scenario, double users) {
        return withWorkload(scenario, scenario.workload().withUsers(Math.round(users)), true);
    }

    private static Scenario withContextTokens(Scenario scenario, double tokens) {
        Workload workload = scenario.workload();
        long context = Math.max(1, Math.round(tokens));
        long input = workload.outputTokens() == 0 ? context
                : Math.max(1, Math.round(context * (double) workload.inputTokens() / workload.contextTokens()));
        return withWorkload(scenario, new Workload(workload.users(), input, Math.max(0, context - input)), false);
    }

    /**
     * The scenario with another workload; an estimate follows it: new request lengths become its means, and users
     * set by the sweep replace a "max" the estimator would otherwise choose.
     */
    private static Scenario withWorkload(Scenario scenario, Workload workload, boolean usersSet) {
        Deployment deployment = scenario.deployment();
        ThroughputInput throughput = deployment.throughput();
        if (throughput != null && throughput.kind() == ThroughputInput.Kind.ESTIMATE) {
            Serving serving = throughput.serving();
            if (workload.inputTokens() != scenario.workload().inputTokens()
                    || workload.outputTokens() != scenario.workload().outputTokens()) {
                serving = serving.withMeanTokens(workload.inputTokens(), workload.outputTokens());
            }
            if (usersSet) {
                serving = serving.withMaxUsers(false);
            }
            deployment = deployment.withThroughput(ThroughputInput.estimated(throughput.calibration(), serving));
        }
        return scenario.withWorkload(workload).withDeployment(deployment);
    }

    private static double tokensPerSecond(Scenario scenario) {
        ThroughputInput throughput = scenario.deployment().throughput();
        return throughput == null || throughput.kind() == ThroughputInput.Kind.ESTIMATE ? Double.NaN
                : throughput.tokensPerSecond();
    }

    private static Scenario withTokensPerSecond(Scenario scenario, double tokensPerSecond) {
        ThroughputInput throughput = scenario.deployment().throughput();
        ThroughputInput changed = throughput != null && throughput.kind() == ThroughputInput.Kind.PER_CHIP
                ? ThroughputInput.perChip(tokensPerSecond, throughput.source())
                : ThroughputInput.total(tokensPerSecond, throughput == null ? Throughput.GIVEN : throughput.source());
        return scenario.withDeployment(scenario.deployment().withThroughput(changed));
    }
}
