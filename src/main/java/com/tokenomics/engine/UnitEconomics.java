package com.tokenomics.engine;

/**
 * Cost per token and efficiency. {@code tokensPerUsd} and {@code tokensPerUsdPerWatt} are null when the annual cost
 * is zero (free hardware, power and hosting), where they have no finite value.
 */
public record UnitEconomics(
        double tokensPerYear,
        double usdPerMillionTokens,
        Double tokensPerUsd,
        Double tokensPerUsdPerWatt,
        double joulesPerToken) {

    static UnitEconomics of(Throughput throughput, Cost cost, Finance finance) {
        double producingTokensPerSecond = throughput.tokensPerSecond() * finance.utilization();
        double tokensPerYear = producingTokensPerSecond * Units.SECONDS_PER_YEAR;
        double usdPerMillion = cost.annualTotalUsd() / tokensPerYear * Units.TOKENS_PER_MILLION;
        double facilityWatts = cost.facilityPowerKw() * Units.WATTS_PER_KW;
        Double tokensPerUsd = cost.annualTotalUsd() > 0 ? tokensPerYear / cost.annualTotalUsd() : null;
        Double tokensPerUsdPerWatt = tokensPerUsd != null && facilityWatts > 0 ? tokensPerUsd / facilityWatts : null;
        double joulesPerToken = facilityWatts * finance.averagePowerFraction() / producingTokensPerSecond;
        return new UnitEconomics(tokensPerYear, usdPerMillion, tokensPerUsd, tokensPerUsdPerWatt, joulesPerToken);
    }
}
