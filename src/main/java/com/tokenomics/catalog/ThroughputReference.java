package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** A measured throughput (MLPerf) from {@code catalog/throughput.json}: output tokens per second of the system. */
@RegisterForReflection
public record ThroughputReference(
        String id,
        String round,
        String resultId,
        String submitter,
        String platform,
        String division,
        String availability,
        String systemId,
        int accelerators,
        String modelId,
        String scenario,
        double tokensPerSecond,
        String precision,
        String software,
        Workload workload,
        String source,
        String asOf,
        String confidence,
        Map<String, Provenance> fieldSources,
        String notes) implements CatalogEntry {

    public double tokensPerSecondPerAccelerator() {
        return tokensPerSecond / accelerators;
    }

    @RegisterForReflection
    public record Workload(String benchmark, String dataset, Integer samples, Integer maxInputTokens,
            Double meanInputTokens, Double meanOutputTokens, Integer serverTtftMs, Integer serverTpotMs,
            Integer serverLatencyPercentile) {
    }
}
