package com.tokenomics.engine;

/**
 * An inference system: its chips and the unit it is bought, powered and hosted in (a rack, or a server for
 * 8-GPU platforms).
 *
 * @param hbmPerChipGiB       high-bandwidth memory per chip, 0 when the chip has none
 * @param sramPerChipGiB      on-chip SRAM per chip, 0 when unknown
 * @param chipsPerRack        chips in one rack (or one server, see {@code rackUnit})
 * @param powerPerRackKw      IT power of one rack at full load; null when unknown
 * @param pricePerRackUsd     purchase price of one rack; null when unknown
 * @param memoryBandwidthTBps memory bandwidth per chip (10^12 B/s); null when unknown
 * @param peakTflops          dense peak per chip at the weights' precision (10^12 FLOP/s); null when unknown
 */
public record Hardware(
        String name,
        String rackUnit,
        double hbmPerChipGiB,
        double sramPerChipGiB,
        int chipsPerRack,
        Double powerPerRackKw,
        Double pricePerRackUsd,
        Double memoryBandwidthTBps,
        Double peakTflops) {

    public static final String RACK = "rack";

    /** The article's rule: a chip with HBM is sized by its HBM alone, a chip without by its SRAM. */
    public MemoryBasis memoryBasis() {
        return hbmPerChipGiB > 0 ? MemoryBasis.HBM : MemoryBasis.SRAM;
    }

    public double memoryPerChipGiB() {
        return memoryBasis() == MemoryBasis.HBM ? hbmPerChipGiB : sramPerChipGiB;
    }

    Hardware withPowerPerRackKw(Double powerPerRackKw) {
        return new Hardware(name, rackUnit, hbmPerChipGiB, sramPerChipGiB, chipsPerRack, powerPerRackKw,
                pricePerRackUsd, memoryBandwidthTBps, peakTflops);
    }

    Hardware withPricePerRackUsd(Double pricePerRackUsd) {
        return new Hardware(name, rackUnit, hbmPerChipGiB, sramPerChipGiB, chipsPerRack, powerPerRackKw,
                pricePerRackUsd, memoryBandwidthTBps, peakTflops);
    }

    public enum MemoryBasis { HBM, SRAM }
}
