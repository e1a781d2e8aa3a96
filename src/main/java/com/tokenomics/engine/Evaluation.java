package com.tokenomics.engine;

import java.util.List;

/**
 * The engine's answer. Sections the scenario lacks inputs for are null, and {@code warnings} says which input is
 * missing: no price or power leaves {@code cost} out, no throughput leaves {@code unitEconomics} out.
 * {@code estimate} is there when the throughput was estimated.
 */
public record Evaluation(
        MemoryBreakdown memory,
        Sizing sizing,
        Throughput throughput,
        Estimate estimate,
        Cost cost,
        UnitEconomics unitEconomics,
        MarketCheck market,
        List<Warning> warnings) {

    public Evaluation {
        warnings = List.copyOf(warnings);
    }
}
