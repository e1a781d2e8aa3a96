package com.tokenomics.engine;

/**
 * Where the throughput comes from: a total for the deployment as described, or a rate per chip that scales with
 * the chips paid for (a measured per-accelerator figure, or an estimate per chip).
 *
 * @param source a short label echoed in the result (given, a catalog reference id, estimated …)
 */
public record ThroughputInput(double tokensPerSecond, boolean perChip, String source) {

    public static ThroughputInput total(double tokensPerSecond, String source) {
        return new ThroughputInput(tokensPerSecond, false, source);
    }

    public static ThroughputInput perChip(double tokensPerSecondPerChip, String source) {
        return new ThroughputInput(tokensPerSecondPerChip, true, source);
    }
}
