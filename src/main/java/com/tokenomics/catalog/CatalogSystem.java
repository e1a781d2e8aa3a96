package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * A system from {@code catalog/systems.json}: chips and the unit they are bought in. Memory sizes are as
 * published; vendors' HBM "GB" and SRAM "MB" are binary (see docs/catalog.md), so GB read as GiB.
 */
@RegisterForReflection
public record CatalogSystem(
        String id,
        String name,
        String vendor,
        String chip,
        String rackUnit,
        int chipsPerRack,
        Double hbmPerChipGB,
        Double sramPerChipMB,
        Double memoryBandwidthTBps,
        List<Double> memoryBandwidthTBpsRange,
        Map<String, Double> peakDenseTflops,
        Double tdpPerChipW,
        Double powerPerRackKw,
        List<Double> powerPerRackKwRange,
        Double pricePerRackUsd,
        List<Double> pricePerRackUsdRange,
        Double pricePerChipUsd,
        List<Double> pricePerChipUsdRange,
        Integer scaleUpDomainChips,
        Double scaleUpBandwidthGBps,
        String source,
        String asOf,
        String confidence,
        Map<String, Provenance> fieldSources,
        String notes) implements CatalogEntry {

    public static final double MIB_PER_GIB = 1024.0;
}
