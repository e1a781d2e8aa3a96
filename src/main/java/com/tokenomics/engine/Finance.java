package com.tokenomics.engine;

/**
 * Financial and datacenter assumptions.
 *
 * @param depreciationYears     years over which the capital is recovered (also the lifetime of the TCO)
 * @param wacc                  weighted average cost of capital per year, as a fraction (0.08 = 8 %)
 * @param electricityUsdPerKwh  price of electricity
 * @param pue                   power usage effectiveness: facility power / IT power, at least 1
 * @param hostingUsdPerKwMonth  colocation price per kW of IT power per month (space and cooling, not electricity)
 * @param utilization           fraction of the year the deployment produces tokens at its throughput
 * @param averagePowerFraction  average power draw as a fraction of the rack's rated power
 */
public record Finance(
        double depreciationYears,
        double wacc,
        double electricityUsdPerKwh,
        double pue,
        double hostingUsdPerKwMonth,
        double utilization,
        double averagePowerFraction) {

    /** Capital recovery factor: the constant annual payment that repays 1 USD over n years at rate r. */
    public double capitalRecoveryFactor() {
        if (wacc == 0) {
            return 1.0 / depreciationYears;
        }
        return wacc / (1.0 - Math.pow(1.0 + wacc, -depreciationYears));
    }
}
