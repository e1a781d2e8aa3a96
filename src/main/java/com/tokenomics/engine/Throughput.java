package com.tokenomics.engine;

/**
 * Tokens per second the costed hardware produces at full load.
 *
 * @param tokensPerSecondPerReplica throughput of the deployment as described by the scenario
 * @param replicas                  copies of that deployment placed in the bought racks (1 unless racks are filled)
 */
public record Throughput(double tokensPerSecond, String source, double tokensPerSecondPerReplica, long replicas) {

    public static final String GIVEN = "given";
}
