package com.tokenomics.scenario;

import static com.tokenomics.scenario.CatalogValues.fromCatalog;

import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.Precision;
import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import java.util.List;
import java.util.Map;

/**
 * The hardware: memory, chips per rack, power, price, bandwidth and peak math, as given or from the system's catalog
 * entry, with lower bounds from the chips' figures where the catalog has no rack figure.
 */
final class SystemResolver {

    private static final double WATTS_PER_KW = 1_000;

    static Hardware resolve(SystemInput system, CatalogSystem entry, String weightsFormat, Inputs in) {
        if (system == null) {
            in.error("/system", "is required: a catalog id such as \"h200-hgx\", or an object with "
                    + "memoryPerChipGiB (HBM) or sramPerChipGiB, and chipsPerRack.");
            return null;
        }
        boolean known = entry != null;
        double hbm = in.required(system.memoryPerChipGiB(), "/system/memoryPerChipGiB", Limits.MEMORY_PER_CHIP,
                fromCatalog(entry, "hbmPerChipGiB", known ? entry.hbmPerChipGiB() : null),
                Fallback.rule(0.0, "no HBM"));
        double sram = in.required(system.sramPerChipGiB(), "/system/sramPerChipGiB", Limits.MEMORY_PER_CHIP,
                known && entry.sramPerChipMB() != null
                        ? Fallback.derived(entry.sramPerChipMB() / CatalogSystem.MIB_PER_GIB,
                                "sramPerChipMB / 1024", entry.provenance("sramPerChipMB"))
                        : Fallback.none(),
                Fallback.rule(0.0, "no SRAM figure"));
        if (Inputs.valid(hbm, sram) && hbm == 0 && sram == 0) {
            in.error("/system/memoryPerChipGiB", "the chip needs memory: give memoryPerChipGiB (HBM, GiB) or, for "
                    + "a chip without HBM, sramPerChipGiB (GiB), above 0.");
        }
        double chipsPerRack = in.required(system.chipsPerRack(), "/system/chipsPerRack", Limits.CHIPS_PER_RACK,
                fromCatalog(entry, "chipsPerRack", known ? entry.chipsPerRack() : null),
                Fallback.rule(1.0, "one chip per unit"));
        String rackUnit = in.text(system.rackUnit() == null ? null : Text.clip(system.rackUnit()),
                "/system/rackUnit", known ? Fallback.catalog(entry.rackUnit(), entry.provenance("rackUnit"))
                        : Fallback.rule(system.chipsPerRack() != null ? Hardware.RACK : "chip", "the unit chips "
                                + "are counted in"));
        Double power = in.optional(system.powerPerRackKw(), "/system/powerPerRackKw", Limits.POWER_PER_RACK,
                fromCatalog(entry, "powerPerRackKw", known ? entry.powerPerRackKw() : null),
                powerFromTdp(entry, in, system.powerPerRackKw() == null));
        Double price = in.optional(system.pricePerRackUsd(), "/system/pricePerRackUsd", Limits.PRICE_PER_RACK,
                fromCatalog(entry, "pricePerRackUsd", known ? entry.pricePerRackUsd() : null),
                priceFromChips(entry, in, system.pricePerRackUsd() == null));
        Double bandwidth = in.optional(system.memoryBandwidthTBps(), "/system/memoryBandwidthTBps", Limits.BANDWIDTH,
                fromCatalog(entry, "memoryBandwidthTBps", known ? entry.memoryBandwidthTBps() : null));
        Double tflops = in.optional(system.peakTflops(), "/system/peakTflops", Limits.TFLOPS,
                fromCatalog(entry, "peakDenseTflops", known ? peakTflops(entry, weightsFormat) : null),
                known ? weightOnlyPeak(entry, weightsFormat) : Fallback.none());
        String name = system.name() != null ? Text.clip(system.name()) : known ? entry.name() : "custom system";
        return new Hardware(name, rackUnit, hbm, sram, (int) chipsPerRack, power, price, bandwidth, tflops);
    }

    /** Without a rack figure, the chips' TDP is a lower bound of the rack's power (CPUs, network, fans excluded). */
    private static Fallback powerFromTdp(CatalogSystem entry, Inputs in, boolean needed) {
        if (entry == null || entry.powerPerRackKw() != null || entry.tdpPerChipW() == null) {
            return Fallback.none();
        }
        if (needed) {
            in.warn("POWER_FROM_CHIP_TDP", "/system/powerPerRackKw", "The catalog has no power figure for a whole "
                    + entry.rackUnit() + " of " + entry.name() + ": the chips' TDP stands in for it, which leaves "
                    + "out CPUs, memory, network and cooling fans, so power, energy and hosting are understated. "
                    + "Give system.powerPerRackKw if you know it.");
        }
        return Fallback.derived(entry.tdpPerChipW() * entry.chipsPerRack() / WATTS_PER_KW,
                "tdpPerChipW × chipsPerRack / 1000", entry.provenance("tdpPerChipW"));
    }

    /** Without a rack price, the chips' price is a lower bound of it (the rest of the server excluded). */
    private static Fallback priceFromChips(CatalogSystem entry, Inputs in, boolean needed) {
        if (entry == null || entry.pricePerRackUsd() != null || entry.pricePerChipUsd() == null) {
            return Fallback.none();
        }
        if (needed) {
            in.warn("PRICE_FROM_CHIP_PRICE", "/system/pricePerRackUsd", "The catalog has no price for a whole "
                    + entry.rackUnit() + " of " + entry.name() + ": the chips' price stands in for it, which leaves "
                    + "out CPUs, memory, network and chassis, so the capital cost is understated. Give "
                    + "system.pricePerRackUsd if you know it.");
        }
        return Fallback.derived(entry.pricePerChipUsd() * entry.chipsPerRack(), "pricePerChipUsd × chipsPerRack",
                entry.provenance("pricePerChipUsd"));
    }

    /**
     * A chip without math at a 4- or 8-bit weight format still runs such weights (weight-only quantization): they
     * are read at their own size and widened to the narrowest format the chip multiplies in.
     */
    private static Fallback weightOnlyPeak(CatalogSystem entry, String weightsFormat) {
        if (weightsFormat == null || entry.peakDenseTflops() == null || peakTflops(entry, weightsFormat) != null
                || Precision.fromId(weightsFormat).map(Precision::bytesPerElement).orElse(2.0) >= 2) {
            return Fallback.none();
        }
        for (String math : List.of("fp8", "bf16")) {
            Double peak = entry.peakDenseTflops().get(math);
            if (peak != null) {
                return Fallback.derived(peak, "peakDenseTflops." + math + ": " + entry.chip() + " has no "
                        + weightsFormat + " math, so the weights are widened to " + math + " for it (weight-only "
                        + "quantization)", entry.provenance("peakDenseTflops"));
            }
        }
        return Fallback.none();
    }

    /** The catalog's dense peak at the weights' format; null when the chip has no math at it. */
    static Double peakTflops(CatalogSystem entry, String weightsFormat) {
        if (weightsFormat == null || entry.peakDenseTflops() == null) {
            return null;
        }
        Map<String, Double> peak = entry.peakDenseTflops();
        return switch (weightsFormat) {
            case "fp16" -> peak.getOrDefault("fp16", peak.get("bf16"));
            case "bf16" -> peak.get("bf16");
            case "fp8" -> peak.get("fp8");
            case "int8" -> peak.get("int8");
            case "fp4", "mxfp4", "int4" -> peak.get("fp4");
            default -> null;
        };
    }

    private SystemResolver() {
    }
}
