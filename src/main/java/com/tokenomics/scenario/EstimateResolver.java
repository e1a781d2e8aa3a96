package com.tokenomics.scenario;

import static com.tokenomics.scenario.CatalogValues.fromCatalog;

import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.engine.Calibration;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.Model;
import com.tokenomics.engine.Parallelism;
import com.tokenomics.engine.PrecisionChoice;
import com.tokenomics.engine.Serving;
import com.tokenomics.engine.ServingStack;
import com.tokenomics.engine.ThroughputInput;
import com.tokenomics.scenario.ScenarioRequest.DeploymentInput;
import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import java.util.Locale;

/**
 * What the estimator needs besides the model and the hardware: the serving software, the scale-up domain and its
 * links, the layout, and whether the chips multiply in 4 bits.
 */
final class EstimateResolver {

    private static final double FOUR_BIT_BYTES = 0.5;

    private final Calibration calibration;

    EstimateResolver(Calibration calibration) {
        this.calibration = calibration;
    }

    /** The estimator when the system has the figures it needs; else no throughput, which the engine reports. */
    ThroughputInput resolve(DeploymentInput given, CatalogSystem system, SystemInput systemInput,
            Model model, Hardware hardware, RequestedWorkload requested, Double targetMs, Double firstTokenMs,
            boolean fourBitMath, Inputs in) {
        if (hardware == null || hardware.memoryBandwidthTBps() == null || hardware.peakTflops() == null) {
            // Without hardware the system itself is in error already (missing or an unknown id).
            if (hardware != null
                    && (targetMs != null || firstTokenMs != null || requested != null && requested.maxUsers())) {
                in.error(requested != null && requested.maxUsers() ? "/workload/users"
                        : targetMs != null ? "/workload/targetTimePerOutputTokenMs"
                                : "/workload/targetTimeToFirstTokenMs",
                        "needs the estimator, which needs system.memoryBandwidthTBps and system.peakTflops.");
            }
            return null;
        }
        String stackName = in.text(given.servingStack() == null ? null
                        : given.servingStack().trim().toLowerCase(Locale.ROOT), "/deployment/servingStack",
                Fallback.rule(ServingStack.TUNED.id(), "benchmark-grade serving software, like the published results "
                        + "the estimator is fitted on"));
        ServingStack stack = ServingStack.TUNED;
        switch (stackName) {
            case "tuned" -> stack = ServingStack.TUNED;
            case "default" -> stack = ServingStack.DEFAULT;
            default -> in.error("/deployment/servingStack", "must be tuned or default; got \"" + Text.clip(stackName)
                    + "\".");
        }
        SystemInput givenSystem = systemInput == null ? new SystemInput(null, null, null, null, null, null, null,
                null, null, null, null, null) : systemInput;
        double domain = in.required(givenSystem.scaleUpDomainChips(), "/system/scaleUpDomainChips",
                Limits.SCALE_UP_DOMAIN,
                fromCatalog(system, "scaleUpDomainChips", system == null ? null : system.scaleUpDomainChips()),
                Fallback.rule((double) hardware.chipsPerRack(), "one " + hardware.rackUnit() + " is one scale-up "
                        + "domain"));
        Double link = in.optional(givenSystem.scaleUpBandwidthGBps(), "/system/scaleUpBandwidthGBps",
                Limits.LINK_BANDWIDTH, fromCatalog(system, "scaleUpBandwidthGBps",
                        system == null ? null : system.scaleUpBandwidthGBps()));
        Parallelism layout = model == null ? null : ParallelismResolver.resolve(given, model, in);
        if (requested == null || Double.isNaN(domain) || link != null && Double.isNaN(link)) {
            return null;
        }
        if (layout != null && layout.chipsPerInstance() / layout.pipelineParallel() > domain) {
            in.warn("LAYOUT_BEYOND_SCALE_UP", "/deployment/chipsPerInstance", "Each pipeline stage spans "
                    + layout.chipsPerInstance() / layout.pipelineParallel() + " chips, more than the "
                    + Limit.format(domain) + " of one scale-up domain: the estimate sends its tensor- and "
                    + "expert-parallel traffic over the network (50 GB/s per chip). Pipeline stages of at most "
                    + Limit.format(domain) + " chips keep it on the fast interconnect.");
        }
        if (requested.maxUsers() && !(requested.meanOutputTokens() > 0)) {
            in.error("/workload/users", "\"max\" asks the estimator, which needs the generated tokens: give "
                    + "workload.inputTokens and workload.outputTokens instead of contextTokens.");
            return null;
        }
        Serving serving = new Serving(requested.meanInputTokens(), requested.meanOutputTokens(), targetMs,
                firstTokenMs, layout, requested.maxUsers(), stack, (int) domain, link,
                fourBitMath);
        return ThroughputInput.estimated(calibration, serving);
    }

    /**
     * Whether the chips multiply in a 4-bit format: 4-bit weights on a chip with 4-bit math (a peak given for the
     * system is taken to be at the weights' format), not weight-only 4-bit widened to 8 or 16 bits.
     */
    static boolean fourBitMath(CatalogSystem system, SystemInput systemInput, String weightsFormat,
            PrecisionChoice precision) {
        if (precision == null || !(precision.weightBytes() <= FOUR_BIT_BYTES)) {
            return false;
        }
        if (systemInput != null && systemInput.peakTflops() != null || system == null) {
            return true;
        }
        return SystemResolver.peakTflops(system, weightsFormat) != null;
    }
}
