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

    /** Below this rate × years, (1 + r)^-n rounds towards 1 in doubles and the first-order expansion is exact. */
    private static final double SMALL_RATE_YEARS = 1e-6;

    Finance withDepreciationYears(double depreciationYears) {
        return new Finance(depreciationYears, wacc, electricityUsdPerKwh, pue, hostingUsdPerKwMonth, utilization,
                averagePowerFraction);
    }

    Finance withWacc(double wacc) {
        return new Finance(depreciationYears, wacc, electricityUsdPerKwh, pue, hostingUsdPerKwMonth, utilization,
                averagePowerFraction);
    }

    Finance withElectricityUsdPerKwh(double electricityUsdPerKwh) {
        return new Finance(depreciationYears, wacc, electricityUsdPerKwh, pue, hostingUsdPerKwMonth, utilization,
                averagePowerFraction);
    }

    Finance withPue(double pue) {
        return new Finance(depreciationYears, wacc, electricityUsdPerKwh, pue, hostingUsdPerKwMonth, utilization,
                averagePowerFraction);
    }

    Finance withHostingUsdPerKwMonth(double hostingUsdPerKwMonth) {
        return new Finance(depreciationYears, wacc, electricityUsdPerKwh, pue, hostingUsdPerKwMonth, utilization,
                averagePowerFraction);
    }

    Finance withUtilization(double utilization) {
        return new Finance(depreciationYears, wacc, electricityUsdPerKwh, pue, hostingUsdPerKwMonth, utilization,
                averagePowerFraction);
    }

    /**
     * Capital recovery factor: the constant annual payment that repays 1 USD over n years at rate r,
     * r / (1 - (1 + r)^-n), computed with log1p/expm1 so that small rates keep their precision; 1 / n at r = 0.
     */
    public double capitalRecoveryFactor() {
        if (wacc * depreciationYears < SMALL_RATE_YEARS) {
            return (1 + (depreciationYears + 1) * wacc / 2) / depreciationYears;
        }
        return wacc / -Math.expm1(-depreciationYears * Math.log1p(wacc));
    }
}
