package com.tokenomics.engine;

/**
 * How far a system falls short of its roofline, fitted on measured results.
 *
 * @param factor                measured / roofline throughput: one factor for bandwidth and compute alike, since
 *                              the benchmarks that fit it cannot tell the two apart. Above 1 where the roofline's
 *                              view of the benchmark is pessimistic (it takes inputs at their 1,024-token cap).
 * @param stepOverheadMs        fixed time per decode step (kernel launches, scheduling, sampling)
 * @param expectedErrorFraction the error to expect of an estimate, from the spread of the fit (0.2 = ±20 %)
 * @param basis                 what the factor was fitted on, for the response
 */
public record Calibration(double factor, double stepOverheadMs, double expectedErrorFraction, String basis) {

    /** The roofline itself: no losses, no overhead; what the calibration starts from. */
    public static final Calibration ROOFLINE = new Calibration(1.0, 0.0, 0.0, "roofline, uncalibrated");
}
