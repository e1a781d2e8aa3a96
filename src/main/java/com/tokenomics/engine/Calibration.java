package com.tokenomics.engine;

import java.util.Map;
import java.util.Set;

/**
 * The serving model's global parameters, fitted once on published results (none per system), and the error band
 * derived from the fit's held-out errors.
 *
 * @param bandwidthEfficiency    achievable fraction of the chips' peak memory bandwidth (≤ 1)
 * @param computeEfficiency      achievable fraction of the chips' dense peak at the math precision (≤ 1)
 * @param interconnectEfficiency achievable fraction of the scale-up link bandwidth in collectives (≤ 1)
 * @param collectiveLatencyUs    fixed cost of one all-reduce or all-to-all, µs
 * @param layerOverheadUs        fixed cost per layer and step (kernel launches, scheduling), µs
 * @param defaultStackFactor     throughput of a serving framework run with its defaults, as a share of a tuned
 *                               benchmark submission's (≤ 1)
 * @param tailToMeanLatency      a 99th-percentile time per output token over the mean, for limits stated as
 *                               percentiles (≥ 1)
 * @param firstTokenTailToMean   the same for the time to first token, whose queueing has a longer tail (≥ 1)
 * @param fourBitComputeShare    the share of the compute efficiency that 4-bit math keeps (≤ 1): its peak doubles
 *                               8-bit's on paper, but scaling, attention and other 8/16-bit work do not speed up
 * @param band                   what to expect of the error
 * @param basis                  what the parameters were fitted on, for the response
 */
public record Calibration(
        double bandwidthEfficiency,
        double computeEfficiency,
        double interconnectEfficiency,
        double collectiveLatencyUs,
        double layerOverheadUs,
        double defaultStackFactor,
        double tailToMeanLatency,
        double firstTokenTailToMean,
        double fourBitComputeShare,
        ErrorBand band,
        String basis) {

    /** Peak figures, no overhead, no tail: the bare roofline, for tests and for mapping a fit's results. */
    public static final Calibration ROOFLINE = new Calibration(1, 1, 1, 0, 0, 1, 1, 1, 1,
            new ErrorBand(0, Map.of(), Double.MAX_VALUE, 0, Set.of()), "roofline, uncalibrated");

    public Calibration {
        if (!(bandwidthEfficiency > 0 && bandwidthEfficiency <= 1 && computeEfficiency > 0 && computeEfficiency <= 1
                && interconnectEfficiency > 0 && interconnectEfficiency <= 1 && defaultStackFactor > 0
                && defaultStackFactor <= 1 && collectiveLatencyUs >= 0 && layerOverheadUs >= 0
                && tailToMeanLatency >= 1 && firstTokenTailToMean >= 1 && fourBitComputeShare > 0 && fourBitComputeShare <= 1)) {
            throw new IllegalArgumentException("calibration outside its physical bounds: " + bandwidthEfficiency
                    + ", " + computeEfficiency + ", " + interconnectEfficiency + ", " + defaultStackFactor);
        }
    }

    public Calibration withBand(ErrorBand errorBand, String fittedOn) {
        return new Calibration(bandwidthEfficiency, computeEfficiency, interconnectEfficiency, collectiveLatencyUs,
                layerOverheadUs, defaultStackFactor, tailToMeanLatency, firstTokenTailToMean, fourBitComputeShare,
                errorBand, fittedOn);
    }

    /**
     * The error to expect: the held-out error of scenarios like the calibration's, widened for each way a scenario
     * lies outside it (the widenings also come from held-out errors; they add in quadrature).
     *
     * @param heldOutFraction      80th percentile of |error| of results predicted without their own model or
     *                             scenario in the fit
     * @param widenings            extra error by the name of what makes a scenario unlike the calibration data
     * @param calibratedContextTokens the longest mean context in the calibration data
     * @param calibratedTargetMs   the tightest time-per-output-token target in the calibration data
     * @param calibratedSystems    names of the systems with results in the fit
     */
    public record ErrorBand(double heldOutFraction, Map<String, Double> widenings, double calibratedContextTokens,
            double calibratedTargetMs, Set<String> calibratedSystems) {

        public static final String MOE = "moe";
        public static final String MLA = "mla";
        public static final String SYSTEM = "system";
        public static final String CONTEXT = "context";
        public static final String TARGET = "target";
        public static final String STACK = "stack";

        public ErrorBand {
            widenings = Map.copyOf(widenings);
            calibratedSystems = Set.copyOf(calibratedSystems);
        }
    }
}
