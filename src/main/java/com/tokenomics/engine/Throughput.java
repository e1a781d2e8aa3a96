package com.tokenomics.engine;

/**
 * Tokens per second the costed hardware produces at full load.
 *
 * @param replicas               copies of the deployment placed in the bought racks (1 unless racks are filled)
 * @param tokensPerSecondPerChip the per-chip rate when the throughput scales with chips, else null
 * @param chipsCounted           chips the per-chip rate was multiplied by, else null
 */
public record Throughput(double tokensPerSecond, String source, long replicas, Double tokensPerSecondPerChip,
        Long chipsCounted) {

    public static final String GIVEN = "given";
}
