package com.tokenomics.scenario;

import java.util.List;
import java.util.Map;

/** Response bodies of the analyses: compare, sweep and sensitivity. */
public final class AnalysisResponses {

    /** Entries best first by cost per million tokens; those without a cost last, unranked. */
    public record Comparison(String rankedBy, List<ComparedEntry> entries, List<String> explanations) {
    }

    public record ComparedEntry(String label, Integer rankByCost, Integer rankByTokensPerUsdPerWatt,
            EvaluationResponse evaluation) {
    }

    /** One point per combination of the varied values; a figure is null where the scenario has none. */
    public record Sweep(List<String> parameters, int count, List<SweepPoint> points) {
    }

    public record SweepPoint(Map<String, Double> values, double totalGiB, long chips, long racks,
            Double tokensPerSecond, Double usdPerMillionTokens, Double tokensPerUsdPerWatt, Double annualTotalUsd,
            Double margin) {
    }

    /** Inputs largest swing first. */
    public record Tornado(double baseUsdPerMillionTokens, double deltaPercent, List<TornadoBar> inputs) {
    }

    public record TornadoBar(String parameter, String field, double baseValue, double lowValue, double highValue,
            double usdPerMillionTokensAtLow, double usdPerMillionTokensAtHigh, double swingUsdPerMillionTokens) {
    }

    private AnalysisResponses() {
    }
}
