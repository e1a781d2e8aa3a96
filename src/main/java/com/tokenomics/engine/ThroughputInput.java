package com.tokenomics.engine;

/**
 * Where the throughput comes from: a total for the deployment as described; a rate per chip that scales with the
 * chips paid for (a measured per-accelerator figure); or the serving-model estimator with its calibration.
 *
 * @param tokensPerSecond            the total or the per-chip rate; unused for an estimate
 * @param source                     a short label echoed in the result (given, a catalog reference id …)
 * @param serving                    for an estimate: the request lengths, targets and layout asked for
 */
public record ThroughputInput(Kind kind, double tokensPerSecond, String source, Calibration calibration,
        Serving serving) {

    public enum Kind { TOTAL, PER_CHIP, ESTIMATE }

    public static final String ESTIMATED = "estimated";

    public static ThroughputInput total(double tokensPerSecond, String source) {
        return new ThroughputInput(Kind.TOTAL, tokensPerSecond, source, null, null);
    }

    public static ThroughputInput perChip(double tokensPerSecondPerChip, String source) {
        return new ThroughputInput(Kind.PER_CHIP, tokensPerSecondPerChip, source, null, null);
    }

    public static ThroughputInput estimated(Calibration calibration, Serving serving) {
        return new ThroughputInput(Kind.ESTIMATE, 0, ESTIMATED, calibration, serving);
    }
}
