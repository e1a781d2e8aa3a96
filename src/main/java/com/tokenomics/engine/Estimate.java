package com.tokenomics.engine;

/**
 * What the roofline estimator expects of one deployment: how it is split, how fast a step is, what bounds it.
 *
 * @param tensorParallel             chips one instance spans (a divisor-friendly degree for the attention heads)
 * @param instances                  model instances the users are spread over
 * @param usersPerInstance           the decode batch of one instance
 * @param timePerOutputTokenMs       one decode step: every user of the instance gets one token
 * @param timeToFirstTokenMs         prefill of one request's input on the instance's chips, plus one step
 * @param tokensPerSecondPerUser     interactivity: 1000 / timePerOutputTokenMs
 * @param outputTokensPerSecond      output tokens per second of all instances, prefill time included
 * @param outputTokensPerSecondPerChip the same per chip in use, which cost scales with
 * @param boundBy                    memory-bandwidth or compute: which roof the decode step hits
 * @param expectedErrorFraction      the calibration's error band (0.2 = ±20 %)
 */
public record Estimate(
        int tensorParallel,
        long instances,
        long usersPerInstance,
        double timePerOutputTokenMs,
        double timeToFirstTokenMs,
        double tokensPerSecondPerUser,
        double outputTokensPerSecond,
        double outputTokensPerSecondPerChip,
        String boundBy,
        double expectedErrorFraction,
        String calibration) {

    public static final String MEMORY_BANDWIDTH = "memory-bandwidth";
    public static final String COMPUTE = "compute";
}
