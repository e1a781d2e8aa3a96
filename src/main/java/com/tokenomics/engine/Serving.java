package com.tokenomics.engine;

/**
 * What the estimator is asked beyond the scenario: the requests' mean lengths, the latency users accept, the
 * deployment when the caller states one, and the interconnect between an instance's chips.
 *
 * @param meanInputTokens       mean prompt tokens per request (may be fractional: a benchmark's mean)
 * @param meanOutputTokens      mean generated tokens per request, above 0
 * @param targetTimePerOutputTokenMs limit on the 99th percentile of the time between a user's tokens, or null
 * @param targetTimeToFirstTokenMs   limit on the 99th percentile of the time to a request's first token, or null
 * @param parallelism           the stated layout of an instance, or null to choose the best one
 * @param maxUsers              serve as many users per instance as memory and the targets allow
 * @param stack                 the serving software
 * @param scaleUpDomainChips    chips joined by the fast interconnect (one NVLink domain, one 8-GPU server)
 * @param scaleUpBandwidthGBps  that interconnect's bandwidth per chip and direction, GB/s; null when unknown
 * @param fourBitMath           the chips multiply in a 4-bit format (not weight-only 4-bit widened to 8/16 bits)
 */
public record Serving(
        double meanInputTokens,
        double meanOutputTokens,
        Double targetTimePerOutputTokenMs,
        Double targetTimeToFirstTokenMs,
        Parallelism parallelism,
        boolean maxUsers,
        ServingStack stack,
        int scaleUpDomainChips,
        Double scaleUpBandwidthGBps,
        boolean fourBitMath) {

    /** The workload's own lengths, no targets, the best layout, the given users, a tuned stack. */
    public static Serving of(Workload workload, int scaleUpDomainChips, Double scaleUpBandwidthGBps) {
        return new Serving(workload.inputTokens(), workload.outputTokens(), null, null, null, false,
                ServingStack.TUNED, scaleUpDomainChips, scaleUpBandwidthGBps, false);
    }

    public Serving withTargets(Double timePerOutputTokenMs, Double timeToFirstTokenMs) {
        return new Serving(meanInputTokens, meanOutputTokens, timePerOutputTokenMs, timeToFirstTokenMs, parallelism,
                maxUsers, stack, scaleUpDomainChips, scaleUpBandwidthGBps, fourBitMath);
    }

    public Serving withMaxUsers(boolean max) {
        return new Serving(meanInputTokens, meanOutputTokens, targetTimePerOutputTokenMs, targetTimeToFirstTokenMs,
                parallelism, max, stack, scaleUpDomainChips, scaleUpBandwidthGBps, fourBitMath);
    }

    public Serving withParallelism(Parallelism stated) {
        return new Serving(meanInputTokens, meanOutputTokens, targetTimePerOutputTokenMs, targetTimeToFirstTokenMs,
                stated, maxUsers, stack, scaleUpDomainChips, scaleUpBandwidthGBps, fourBitMath);
    }

    public Serving withMeanTokens(double inputTokens, double outputTokens) {
        return new Serving(inputTokens, outputTokens, targetTimePerOutputTokenMs, targetTimeToFirstTokenMs,
                parallelism, maxUsers, stack, scaleUpDomainChips, scaleUpBandwidthGBps, fourBitMath);
    }

    public Serving withStack(ServingStack servingStack) {
        return new Serving(meanInputTokens, meanOutputTokens, targetTimePerOutputTokenMs, targetTimeToFirstTokenMs,
                parallelism, maxUsers, servingStack, scaleUpDomainChips, scaleUpBandwidthGBps, fourBitMath);
    }

    public boolean hasTarget() {
        return targetTimePerOutputTokenMs != null || targetTimeToFirstTokenMs != null;
    }
}
