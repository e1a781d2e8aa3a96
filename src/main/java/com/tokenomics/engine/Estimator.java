package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A serving model of throughput and latency (docs/formulas.md, "Throughput estimator"). One instance serves its
 * users by continuous batching on one time line: every step reads the weights (for a MoE, the experts the step's
 * tokens touch) and the batch's KV cache, does the math of one token per user plus the prefill of the requests that
 * replace finished ones, and exchanges activations between the chips of the instance ({@link Step} times it).
 * Users see a token per step, so the time per output token includes the interleaved prefill; the first token waits
 * for its prompt's prefill on an instance already busy with others'. Latency targets are limits on the 99th
 * percentile, as benchmarks and service levels state them: the mean times the calibration's tail ratio. This class
 * searches the {@link Layouts} and batches for the most tokens per chip within the targets.
 */
public final class Estimator {

    private static final double MS_PER_S = 1_000;
    /** The most users a scenario holds (the API's limit): "max" stops there even when memory would hold more. */
    static final long MAX_USERS = 100_000_000;

    private Estimator() {
    }

    /**
     * The estimate, or empty when the system lacks a bandwidth or a peak figure, the requests generate no tokens,
     * no layout holds one user, or no batch meets the targets.
     */
    public static Optional<Estimate> estimate(Scenario scenario, Calibration calibration, Serving serving) {
        Hardware hardware = scenario.hardware();
        if (hardware.memoryBandwidthTBps() == null || hardware.peakTflops() == null
                || !(serving.meanOutputTokens() > 0)) {
            return Optional.empty();
        }
        long instancesAsked = Math.max(1, scenario.deployment().instances());
        long usersAsked = serving.maxUsers() ? Long.MAX_VALUE : scenario.workload().users();
        long usersPerInstanceAsked = serving.maxUsers() ? Math.max(1, MAX_USERS / instancesAsked)
                : ceilDiv(usersAsked, instancesAsked);
        boolean search = serving.maxUsers() || serving.hasTarget();

        Choice best = null;
        for (Parallelism layout : Layouts.worthTrying(scenario, serving)) {
            long memoryBatch = Layouts.memoryBatch(scenario, serving, layout);
            if (memoryBatch < 1) {
                continue;
            }
            if (!search) {
                if (memoryBatch >= usersPerInstanceAsked) {
                    // The fewest chips that hold an instance's users: the layouts come smallest first.
                    best = choose(scenario, calibration, serving, layout, usersPerInstanceAsked, Estimate.LIMIT_USERS);
                    break;
                }
                Choice full = choose(scenario, calibration, serving, layout, memoryBatch, Estimate.LIMIT_MEMORY);
                if (best == null || full.perChip() > best.perChip()) {
                    best = full;
                }
                continue;
            }
            long cap = Math.min(memoryBatch, usersPerInstanceAsked);
            String limit = cap == memoryBatch ? Estimate.LIMIT_MEMORY : Estimate.LIMIT_USERS;
            long batch = largestBatchWithin(scenario, calibration, serving, layout, cap);
            if (batch < 1) {
                continue;
            }
            if (batch < cap) {
                limit = tpotMet(scenario, calibration, serving, layout, batch + 1)
                        ? Estimate.LIMIT_TTFT : Estimate.LIMIT_TPOT;
            }
            Choice choice = choose(scenario, calibration, serving, layout, batch, limit);
            if (best == null || choice.perChip() > best.perChip() * (1 + 1e-9)) {
                best = choice;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(estimateOf(scenario, calibration, serving, best, usersAsked, instancesAsked));
    }

    private record Choice(Parallelism layout, long batch, Step step, String limitedBy) {

        double perChip() {
            return batch / step.seconds() / layout.chipsPerInstance();
        }
    }

    private static Choice choose(Scenario scenario, Calibration calibration, Serving serving, Parallelism layout,
            long batch, String limitedBy) {
        return new Choice(layout, batch, Step.of(scenario, calibration, serving, layout, batch), limitedBy);
    }

    private static Estimate estimateOf(Scenario scenario, Calibration calibration, Serving serving, Choice choice,
            long usersAsked, long instancesAsked) {
        Parallelism layout = choice.layout();
        long batch = choice.batch();
        long users = serving.maxUsers() ? batch * instancesAsked : usersAsked;
        long instances = Math.max(instancesAsked, ceilDiv(users, batch));
        // Full instances first: the last may hold fewer, and a smaller batch makes fewer tokens.
        long fullInstances = users / batch;
        long rest = users - fullInstances * batch;
        double total = fullInstances * batch / choice.step().seconds();
        if (rest > 0) {
            total += rest / Step.of(scenario, calibration, serving, layout, rest).seconds();
        }
        long chips = instances * layout.chipsPerInstance();
        Step step = choice.step();
        List<String> reasons = new ArrayList<>(4);
        double band = errorBand(scenario, calibration, serving, reasons);
        return new Estimate(layout.chipsPerInstance(), layout.tensorParallel(), layout.expertParallel(),
                layout.pipelineParallel(), layout.attentionDataParallel(), instances, batch, users, chips,
                step.seconds() * MS_PER_S, step.timeToFirstTokenSeconds() * MS_PER_S, 1 / step.seconds(), total,
                total / chips, step.boundBy(), choice.limitedBy(), band, reasons, serving.stack().id(),
                calibration.basis());
    }

    /** The largest batch up to {@code cap} that meets the targets; 0 when not even one user does. */
    private static long largestBatchWithin(Scenario scenario, Calibration calibration, Serving serving,
            Parallelism layout, long cap) {
        if (!serving.hasTarget() || meets(scenario, calibration, serving, layout, cap)) {
            return cap;
        }
        if (!meets(scenario, calibration, serving, layout, 1)) {
            return 0;
        }
        // Step time and time to first token both grow with the batch, so the largest batch that meets them is found
        // by bisection.
        long low = 1;
        long high = cap;
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (meets(scenario, calibration, serving, layout, middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean meets(Scenario scenario, Calibration calibration, Serving serving, Parallelism layout,
            long batch) {
        Step step = Step.of(scenario, calibration, serving, layout, batch);
        return (serving.targetTimePerOutputTokenMs() == null || step.seconds() * calibration.tailToMeanLatency()
                * MS_PER_S <= serving.targetTimePerOutputTokenMs())
                && (serving.targetTimeToFirstTokenMs() == null || step.timeToFirstTokenSeconds()
                        * calibration.firstTokenTailToMean() * MS_PER_S <= serving.targetTimeToFirstTokenMs());
    }

    private static boolean tpotMet(Scenario scenario, Calibration calibration, Serving serving, Parallelism layout,
            long batch) {
        return serving.targetTimePerOutputTokenMs() == null || Step.of(scenario, calibration, serving, layout, batch)
                .seconds() * calibration.tailToMeanLatency() * MS_PER_S <= serving.targetTimePerOutputTokenMs();
    }

    /**
     * The calibration's held-out error, widened in quadrature for each way the scenario lies outside the data the
     * parameters were fitted on; the reasons name them.
     */
    static double errorBand(Scenario scenario, Calibration calibration, Serving serving, List<String> reasons) {
        Calibration.ErrorBand band = calibration.band();
        double squared = band.heldOutFraction() * band.heldOutFraction();
        Model model = scenario.model();
        squared += widen(band, Calibration.ErrorBand.MOE, model.moe() != null, "a mixture-of-experts model",
                reasons);
        squared += widen(band, Calibration.ErrorBand.MLA, model.attention().kind() == Attention.Kind.MLA,
                "multi-head latent attention", reasons);
        squared += widen(band, Calibration.ErrorBand.SYSTEM,
                !band.calibratedSystems().contains(scenario.hardware().name()),
                "a system without published results in the fit", reasons);
        squared += widen(band, Calibration.ErrorBand.CONTEXT,
                serving.meanInputTokens() + serving.meanOutputTokens() > band.calibratedContextTokens(),
                "a context longer than the fit's", reasons);
        squared += widen(band, Calibration.ErrorBand.TARGET, serving.targetTimePerOutputTokenMs() != null
                && serving.targetTimePerOutputTokenMs() < band.calibratedTargetMs(),
                "a latency target tighter than the fit's", reasons);
        squared += widen(band, Calibration.ErrorBand.STACK, serving.stack() == ServingStack.DEFAULT,
                "a serving framework at its defaults", reasons);
        return Math.sqrt(squared);
    }

    private static double widen(Calibration.ErrorBand band, String key, boolean applies, String reason,
            List<String> reasons) {
        Double extra = band.widenings().get(key);
        if (!applies || extra == null || extra == 0) {
            return 0;
        }
        reasons.add(reason);
        return extra * extra;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
