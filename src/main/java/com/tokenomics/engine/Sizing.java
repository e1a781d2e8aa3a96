package com.tokenomics.engine;

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

    public static Sizing of(MemoryBreakdown memory, Hardware hardware) {
        double memoryPerChip = hardware.memoryPerChipGiB();
        double chipsExact = memory.totalGiB() / memoryPerChip;
        long chips = (long) Math.ceil(chipsExact);
        double racksExact = chipsExact / hardware.chipsPerRack();
        long racks = (long) Math.ceil(racksExact);
        return new Sizing(hardware.memoryBasis(), memoryPerChip, chipsExact, chips, hardware.chipsPerRack(),
                racksExact, racks, hardware.rackUnit());
    }
}
