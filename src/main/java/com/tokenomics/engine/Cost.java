package com.tokenomics.engine;

/**
 * What the hardware costs a year and over its life (docs/formulas.md, Finance).
 *
 * @param racksCosted     rack-equivalents paid for: whole racks on the rack basis, the chips' share on the chip basis
 * @param usdPerChipHour  the annual total spread over every hour of the year of every chip paid for: what owning
 *                        costs per chip-hour, to set beside a rental price per GPU-hour (which is paid whether the
 *                        chip works or not, so utilization does not enter it)
 */
public record Cost(
        CapexBasis capexBasis,
        double racksCosted,
        double chipsCosted,
        double capexUsd,
        double capitalRecoveryFactor,
        double annualCapitalUsd,
        double itPowerKw,
        double facilityPowerKw,
        double annualEnergyKwh,
        double annualEnergyUsd,
        double annualHostingUsd,
        double annualTotalUsd,
        double lifetimeTcoUsd,
        double capitalShare,
        double energyShare,
        double hostingShare,
        double usdPerChipHour) {

    /** {@code chipsCosted} is given, not racksCosted × chipsPerRack, which is 60.99999999999999 for 61 chips of 7. */
    static Cost of(double racksCosted, long chipsCosted, Hardware hardware, CapexBasis basis, Finance finance) {
        double capex = racksCosted * hardware.pricePerRackUsd();
        double crf = finance.capitalRecoveryFactor();
        double annualCapital = capex * crf;
        double itKw = racksCosted * hardware.powerPerRackKw();
        double facilityKw = itKw * finance.pue();
        double energyKwh = facilityKw * Units.HOURS_PER_YEAR * finance.averagePowerFraction();
        double annualEnergy = energyKwh * finance.electricityUsdPerKwh();
        double annualHosting = itKw * finance.hostingUsdPerKwMonth() * Units.MONTHS_PER_YEAR;
        double annualTotal = annualCapital + annualEnergy + annualHosting;
        return new Cost(basis, racksCosted, chipsCosted, capex, crf, annualCapital,
                itKw, facilityKw, energyKwh, annualEnergy, annualHosting, annualTotal,
                annualTotal * finance.depreciationYears(),
                share(annualCapital, annualTotal), share(annualEnergy, annualTotal), share(annualHosting, annualTotal),
                chipsCosted > 0 ? annualTotal / (chipsCosted * Units.HOURS_PER_YEAR) : 0);
    }

    private static double share(double part, double total) {
        return total > 0 ? part / total : 0;
    }
}
