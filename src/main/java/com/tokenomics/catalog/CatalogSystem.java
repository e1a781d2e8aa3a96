package com.tokenomics.catalog;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A system from {@code catalog/systems.json}: chips and the unit they are bought in. Memory sizes are the vendors'
 * published numbers, whose HBM "GB" and SRAM "MB" are binary (see docs/catalog.md): HBM is named in GiB, SRAM still
 * in MB and read as MiB.
 *
 * @param hbmPerChipGiB HBM per chip; a catalog file may still call it {@value #HBM_PER_CHIP_GB}, its name before it
 *                      said GiB, as a field and as a {@code fieldSources} key
 */
@RegisterForReflection
public record CatalogSystem(
        String id,
        String name,
        String vendor,
        String chip,
        String rackUnit,
        int chipsPerRack,
        @JsonAlias(CatalogSystem.HBM_PER_CHIP_GB) Double hbmPerChipGiB,
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
    static final String HBM_PER_CHIP_GB = "hbmPerChipGB";
    private static final String HBM_PER_CHIP_GIB = "hbmPerChipGiB";

    /**
     * The old name, still written beside the new one so that a v1 caller reading it keeps working (v1 renames
     * nothing); docs/api.md marks it deprecated.
     */
    @Deprecated
    @JsonProperty(value = HBM_PER_CHIP_GB, access = JsonProperty.Access.READ_ONLY)
    public Double hbmPerChipGB() {
        return hbmPerChipGiB;
    }

    public CatalogSystem {
        if (fieldSources != null && fieldSources.containsKey(HBM_PER_CHIP_GB)) {
            Map<String, Provenance> renamed = new LinkedHashMap<>(fieldSources);
            renamed.putIfAbsent(HBM_PER_CHIP_GIB, renamed.remove(HBM_PER_CHIP_GB));
            fieldSources = renamed;
        }
    }
}
