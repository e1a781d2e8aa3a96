package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A serving model of throughput and latency (docs/formulas.md, "Throughput estimator"). One instance serves its
 * users by continuous batching on one time line: every step reads the weights (for a MoE, the experts the step's
 * tokens touch) and the batch's KV cache, does the math of one token per user plus the prefill of the requests that
 * replace finished ones, and exchanges activations between the chips of the instance. A step takes the slower of
 * memory and compute, plus communication and a per-layer overhead, at the calibration's achievable fractions of
 * the peaks. Users see a token per step, so the time per output token includes the interleaved prefill; the first
 * token waits for its prompt's prefill on an instance already busy with others'. Latency targets are limits on
 * the 99th percentile, as benchmarks and service levels state them: the mean times the calibration's tail ratio.
 */
public final class Estimator {

    private static final double BYTES_PER_TB = 1e12;
    private static final double BYTES_PER_GB = 1e9;
    private static final double FLOPS_PER_TFLOP = 1e12;
    private static final double MS_PER_S = 1_000;
    private static final double S_PER_US = 1e-6;
    /** Multiply-add per parameter per token. */
    private static final double FLOPS_PER_PARAMETER = 2;
    /** Activations exchanged between chips are 16-bit. */
    private static final double ACTIVATION_BYTES = 2;
    /** All-reduces per layer under tensor parallelism: after attention and after the MLP. */
    private static final int ALL_REDUCES_PER_LAYER = 2;
    /** All-to-alls per MoE layer under expert parallelism: dispatch and combine. */
    private static final int ALL_TO_ALLS_PER_LAYER = 2;
    /**
     * Per-GPU network bandwidth between servers, GB/s per direction: one 400 Gb/s NIC per GPU, as in NVIDIA's DGX
     * H100/B200 (8 × ConnectX-7 400 Gb/s). Used only when an instance spans more chips than one scale-up domain.
     */
    static final double SCALE_OUT_GBPS = 50;
    /** The most users a scenario holds (the API's limit): "max" stops there even when memory would hold more. */
    static final long MAX_USERS = 100_000_000;
    /** The share of a step prefill may take before a new prompt's wait is counted as unbounded. */
    private static final double MAX_PREFILL_SHARE = 0.999;

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
        for (Parallelism layout : layouts(scenario, serving)) {
            long memoryBatch = memoryBatch(scenario, serving, layout);
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
        return new Choice(layout, batch, step(scenario, calibration, serving, layout, batch), limitedBy);
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
            total += rest / step(scenario, calibration, serving, layout, rest).seconds();
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

    /**
     * The layouts worth trying, fewest chips first: tensor parallelism over 1, 2, 4 … chips up to the scale-up
     * domain (degrees that divide the attention heads), for a MoE also attention data-parallel with the experts
     * spread over the same chips, and pipeline stages of one domain each when one domain cannot hold the weights.
     */
    static List<Parallelism> layouts(Scenario scenario, Serving serving) {
        if (serving.parallelism() != null) {
            return List.of(serving.parallelism());
        }
        Model model = scenario.model();
        boolean moe = model.moe() != null;
        int domain = Math.max(1, serving.scaleUpDomainChips());
        List<Parallelism> layouts = new ArrayList<>();
        for (int chips = 1; chips <= domain; chips = nextSize(chips, domain)) {
            if (model.attentionHeads() % chips == 0) {
                layouts.add(Parallelism.tensor(chips, moe));
            }
            if (moe && chips > 1) {
                layouts.add(new Parallelism(chips, 1, chips, 1));
            }
        }
        int tensor = largestDivisorAtMost(model.attentionHeads(), domain);
        long weights = (long) Math.ceil(model.parameters() * scenario.precision().weightBytes());
        double domainBytes = (double) tensor * scenario.hardware().memoryPerChipGiB() * Units.BYTES_PER_GIB;
        int stagesNeeded = (int) Math.min(model.layers(), Math.ceil(weights / domainBytes));
        // Pipeline stages only where one domain cannot hold the weights: their bubbles and hand-offs are not modelled.
        for (int stages = Math.max(2, stagesNeeded); stagesNeeded >= 2 && stages <= stagesNeeded + 1
                && stages <= model.layers(); stages++) {
            layouts.add(new Parallelism(tensor * stages, tensor, moe ? tensor * stages : 1, stages));
        }
        return layouts;
    }

    private static int nextSize(int chips, int domain) {
        return chips < domain && chips * 2 > domain ? domain : chips * 2;
    }

    /** Users whose KV cache fits an instance beside its weights (each attention group holds its own dense copy). */
    static long memoryBatch(Scenario scenario, Serving serving, Parallelism layout) {
        Model model = scenario.model();
        PrecisionChoice precision = scenario.precision();
        double usable = layout.chipsPerInstance() * scenario.hardware().memoryPerChipGiB() * Units.BYTES_PER_GIB
                / (1 + scenario.deployment().runtimeReserveFraction());
        double expertBytes = model.routedExpertParameters() * precision.weightBytes();
        double denseBytes = model.parameters() * precision.weightBytes() - expertBytes;
        double perUser = MemoryBreakdown.kvBytesPerUser(model, precision.kvCacheBytes(),
                serving.meanInputTokens() + serving.meanOutputTokens())
                * kvReplication(model, layout.tensorParallel());
        int stageChips = layout.chipsPerInstance() / layout.pipelineParallel();
        double free = usable - denseBytes * layout.attentionDataParallel()
                - expertBytes * (stageChips / expertShards(layout));
        return free < perUser ? 0 : (long) Math.min(MAX_USERS, Math.floor(free / perUser));
    }

    /**
     * Chips of a pipeline stage that one copy of the routed experts is split over: the expert-parallel degree, or the
     * tensor-parallel one when experts are also split by tensor (TensorRT-LLM's TP 8 × EP 4). Fewer than the stage's
     * chips means several copies.
     */
    static int expertShards(Parallelism layout) {
        int stageChips = layout.chipsPerInstance() / layout.pipelineParallel();
        return Math.min(stageChips, Math.max(layout.expertParallel(), layout.tensorParallel()));
    }

    /**
     * The KV cache's copies under tensor parallelism: GQA splits its KV heads over the chips and copies them past
     * one head per chip; MLA's latent is shared by all heads, so every chip of the group holds it whole.
     */
    static double kvReplication(Model model, int tensorParallel) {
        if (model.attention().kind() == Attention.Kind.MLA) {
            return tensorParallel;
        }
        return (double) tensorParallel / Math.min(tensorParallel, Math.max(1, model.kvHeads()));
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
        Step step = step(scenario, calibration, serving, layout, batch);
        return (serving.targetTimePerOutputTokenMs() == null || step.seconds() * calibration.tailToMeanLatency()
                * MS_PER_S <= serving.targetTimePerOutputTokenMs())
                && (serving.targetTimeToFirstTokenMs() == null || step.timeToFirstTokenSeconds()
                        * calibration.firstTokenTailToMean() * MS_PER_S <= serving.targetTimeToFirstTokenMs());
    }

    private static boolean tpotMet(Scenario scenario, Calibration calibration, Serving serving, Parallelism layout,
            long batch) {
        return serving.targetTimePerOutputTokenMs() == null || step(scenario, calibration, serving, layout, batch)
                .seconds() * calibration.tailToMeanLatency() * MS_PER_S <= serving.targetTimePerOutputTokenMs();
    }

    /**
     * One step of an instance and the first-token time it implies.
     *
     * @param seconds                 the step: one token for each user, prefill interleaved
     * @param timeToFirstTokenSeconds a new request's wait for its first token
     * @param boundBy                 what the step's time goes to most
     */
    record Step(double seconds, double timeToFirstTokenSeconds, String boundBy) {
    }

    static Step step(Scenario scenario, Calibration calibration, Serving serving, Parallelism layout, double batch) {
        Model model = scenario.model();
        PrecisionChoice precision = scenario.precision();
        Hardware hardware = scenario.hardware();
        int chips = layout.chipsPerInstance();
        int tensor = layout.tensorParallel();
        int stages = layout.pipelineParallel();
        double input = serving.meanInputTokens();
        double output = serving.meanOutputTokens();
        // Each step finishes batch / output requests on average; their replacements' prompts are prefilled in it.
        double prefillTokens = batch * input / output;
        double tokens = batch + prefillTokens;

        double expertBytes = model.routedExpertParameters() * precision.weightBytes();
        double denseBytes = model.parameters() * precision.weightBytes() - expertBytes;
        double decodeContext = input + output / 2;
        // Pipeline stages pass the batch through in as many micro-batches, each reading the stage's weights.
        double bytesPerChip = denseBytes / tensor
                + expertBytes / expertShards(layout) * touchedExperts(model, tokens / stages)
                + batch * MemoryBreakdown.kvBytesPerUser(model, precision.kvCacheBytes(), decodeContext)
                        * kvReplication(model, tensor) / chips;
        double memory = bytesPerChip
                / (hardware.memoryBandwidthTBps() * BYTES_PER_TB * calibration.bandwidthEfficiency());

        double peak = hardware.peakTflops() * FLOPS_PER_TFLOP * calibration.computeEfficiency()
                * (serving.fourBitMath() ? calibration.fourBitComputeShare() : 1);
        double prefillFlopsPerToken = FLOPS_PER_PARAMETER * model.activeParameters()
                + attentionFlopsPerToken(model, input / 2, false);
        double prefillFlops = prefillTokens * prefillFlopsPerToken;
        double flops = batch * (FLOPS_PER_PARAMETER * model.activeParameters()
                + attentionFlopsPerToken(model, decodeContext, true)) + prefillFlops;
        double compute = flops / (chips * peak);

        double communication = communicationSeconds(model, calibration, serving, layout, tokens);
        double overhead = model.layers() * calibration.layerOverheadUs() * S_PER_US;
        double stack = serving.stack() == ServingStack.DEFAULT ? calibration.defaultStackFactor() : 1;
        double seconds = (Math.max(memory, compute) + communication + overhead) / stack;

        // A new prompt is prefilled by one attention group; the instance already spends a share of each step on
        // other prompts, which the new one waits behind.
        double prefillShare = Math.min(MAX_PREFILL_SHARE, prefillFlops / (chips * peak) / stack / seconds);
        double ownPrefill = (input * prefillFlopsPerToken / (tensor * peak) + overhead) / stack;
        double firstToken = seconds + ownPrefill / (1 - prefillShare);

        String boundBy = memory >= compute ? Estimate.MEMORY_BANDWIDTH : Estimate.COMPUTE;
        double roof = Math.max(memory, compute);
        if (communication > roof && communication >= overhead) {
            boundBy = Estimate.INTERCONNECT;
        } else if (overhead > roof) {
            boundBy = Estimate.OVERHEAD;
        }
        return new Step(seconds, firstToken, boundBy);
    }

    /**
     * Tensor parallelism all-reduces each layer's activations twice (ring: 2 (t − 1) / t of the bytes per chip);
     * expert parallelism with attention data-parallel sends each token to its experts' chips and back. Every
     * collective also costs a fixed latency. Beyond one scale-up domain the chips talk over the network.
     */
    private static double communicationSeconds(Model model, Calibration calibration, Serving serving,
            Parallelism layout, double tokens) {
        int chips = layout.chipsPerInstance();
        int tensor = layout.tensorParallel();
        int stages = layout.pipelineParallel();
        int groupChips = chips / stages;
        Double linkGBps = groupChips <= Math.max(1, serving.scaleUpDomainChips())
                ? serving.scaleUpBandwidthGBps() : Double.valueOf(SCALE_OUT_GBPS);
        double bytesPerSecond = linkGBps == null ? Double.POSITIVE_INFINITY
                : linkGBps * BYTES_PER_GB * calibration.interconnectEfficiency();
        double latency = calibration.collectiveLatencyUs() * S_PER_US;
        double seconds = 0;
        if (tensor > 1) {
            double bytes = tokens / layout.attentionDataParallel() / stages * model.hiddenSize() * ACTIVATION_BYTES;
            seconds += model.layers() * ALL_REDUCES_PER_LAYER
                    * (2.0 * (tensor - 1) / tensor * bytes / bytesPerSecond + latency);
        }
        boolean expertsExchangeTokens = model.moe() != null && layout.expertParallel() > 1
                && layout.attentionDataParallel() > 1;
        if (expertsExchangeTokens) {
            int experts = layout.expertParallel();
            double bytes = tokens / chips * model.moe().activeExperts() * model.hiddenSize() * ACTIVATION_BYTES
                    * (experts - 1) / experts;
            seconds += model.layers() * ALL_TO_ALLS_PER_LAYER * (bytes / bytesPerSecond + latency);
        }
        return seconds;
    }

    /** Share of the routed experts a pass over this many tokens reads: each token takes k of E in every layer. */
    static double touchedExperts(Model model, double tokens) {
        if (model.moe() == null) {
            return 0;
        }
        double untouched = 1 - (double) model.moe().activeExperts() / model.moe().experts();
        return 1 - Math.pow(untouched, tokens);
    }

    /**
     * Attention math per token at a context, over all layers (sliding windows capped): 2 FLOPs per multiply-add for
     * Q·K and for attention·V per head. MLA decodes on its absorbed latent (K of kvLoraRank + qkRopeHeadDim, V of
     * kvLoraRank) and prefills on per-head keys and values.
     */
    static double attentionFlopsPerToken(Model model, double contextTokens, boolean decode) {
        double heldTokens = 0;
        for (LayerGroup group : model.layerGroups()) {
            heldTokens += group.layers()
                    * (group.isWindowed() ? Math.min(contextTokens, group.windowTokens()) : contextTokens);
        }
        Attention attention = model.attention();
        double keyAndValueDims = attention.kind() == Attention.Kind.MLA
                ? decode ? 2.0 * attention.kvLoraRank() + attention.qkRopeHeadDim()
                        : 2.0 * model.headDim() + attention.qkRopeHeadDim()
                : 2.0 * model.headDim();
        return FLOPS_PER_PARAMETER * heldTokens * model.attentionHeads() * keyAndValueDims;
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

    private static int largestDivisorAtMost(int n, int most) {
        for (int degree = Math.min(n, most); degree > 1; degree--) {
            if (n % degree == 0) {
                return degree;
            }
        }
        return 1;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
