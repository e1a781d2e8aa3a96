package com.tokenomics.engine;

import java.math.BigDecimal;
import java.util.Locale;

/** Chips and racks the memory needs, exact (fractional) and whole (rounded up). */
public record Sizing(
        Hardware.MemoryBasis memoryBasis,
        double memoryPerChipGiB,
        double chipsExact,
        long chips,
        int chipsPerRack,
        double racksExact,
        long racks,
        String rackUnit) {

    /**
     * The most chips a scenario may need: every count derived from it (chips in racks, chips used) stays a whole
     * number that a long and a JSON number (2^53) hold exactly. The inputs' own ranges allow up to ~1e26 chips, where
     * a long would saturate and products of counts wrap around.
     */
    public static final double MAX_CHIPS = 1e15;

    /** @throws ScenarioTooLargeException when the memory needs more than {@link #MAX_CHIPS} chips */
    public static Sizing of(MemoryBreakdown memory, Hardware hardware) {
        double memoryPerChip = hardware.memoryPerChipGiB();
        double chipsExact = memory.totalGiB() / memoryPerChip;
        if (!(chipsExact <= MAX_CHIPS)) {
            throw new ScenarioTooLargeException(Input.WORKLOAD, String.format(Locale.ROOT, "the scenario needs %.3g "
                    + "GiB of memory: %.3g chips of %s GiB, and this calculator sizes up to 1e15 chips. Fewer users, a "
                    + "shorter context, fewer instances or more memory per chip bring it into range.",
                    memory.totalGiB(), chipsExact, BigDecimal.valueOf(memoryPerChip).stripTrailingZeros()
                            .toPlainString()));
        }
        long chips = (long) Math.ceil(chipsExact);
        double racksExact = chipsExact / hardware.chipsPerRack();
        long racks = (long) Math.ceil(racksExact);
        return new Sizing(hardware.memoryBasis(), memoryPerChip, chipsExact, chips, hardware.chipsPerRack(),
                racksExact, racks, hardware.rackUnit());
    }
}
