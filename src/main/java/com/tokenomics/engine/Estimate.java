package com.tokenomics.engine;

import java.util.List;

/**
 * What the serving model expects of one deployment: how it is laid out, how fast its users see tokens, what binds.
 *
 * @param chipsPerInstance       chips one model instance spans
 * @param tensorParallel         chips one layer's attention and dense weights are split over
 * @param expertParallel         chips the routed experts are spread over (1 for a dense model)
 * @param pipelineParallel       pipeline stages
 * @param attentionDataParallel  attention groups working on different users within an instance
 * @param instances              model instances the users are spread over
 * @param usersPerInstance       the batch of a full instance (the last one may hold fewer)
 * @param users                  users served in all (the chosen count when the workload asked for "max")
 * @param chips                  chips the estimate runs on: instances × chipsPerInstance
 * @param timePerOutputTokenMs   mean time between a user's tokens, prefill interleaved into the steps included
 * @param timeToFirstTokenMs     mean time to a request's first token, waiting for prefill capacity included
 * @param tokensPerSecondPerUser interactivity: 1000 / timePerOutputTokenMs
 * @param outputTokensPerSecond  output tokens per second of all instances
 * @param outputTokensPerSecondPerChip the same per chip counted
 * @param boundBy                what a step's time goes to most: memory-bandwidth, compute, interconnect or overhead
 * @param limitedBy              what caps the batch: memory, users, a time-per-output-token or time-to-first-token
 *                               target
 * @param expectedErrorFraction  the error to expect (0.3 = ±30 %), from held-out errors of the fit
 * @param errorReasons           why the band is wider than the calibration's own, empty when it is not
 * @param servingStack           tuned or default
 * @param calibration            what the model's parameters were fitted on
 */
public record Estimate(
        int chipsPerInstance,
        int tensorParallel,
        int expertParallel,
        int pipelineParallel,
        int attentionDataParallel,
        long instances,
        long usersPerInstance,
        long users,
        long chips,
        double timePerOutputTokenMs,
        double timeToFirstTokenMs,
        double tokensPerSecondPerUser,
        double outputTokensPerSecond,
        double outputTokensPerSecondPerChip,
        String boundBy,
        String limitedBy,
        double expectedErrorFraction,
        List<String> errorReasons,
        String servingStack,
        String calibration) {

    public static final String MEMORY_BANDWIDTH = "memory-bandwidth";
    public static final String COMPUTE = "compute";
    public static final String INTERCONNECT = "interconnect";
    public static final String OVERHEAD = "overhead";

    public static final String LIMIT_MEMORY = "memory";
    public static final String LIMIT_USERS = "users";
    public static final String LIMIT_TPOT = "time-per-output-token target";
    public static final String LIMIT_TTFT = "time-to-first-token target";

    public Estimate {
        errorReasons = List.copyOf(errorReasons);
    }
}
