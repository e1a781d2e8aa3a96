package com.tokenomics.engine;

/**
 * One step of an instance and the first-token time it implies: the step-time model of docs/formulas.md
 * ("Throughput estimator"). A step takes the slower of memory and compute, plus communication and a per-layer
 * overhead, at the calibration's achievable fractions of the peaks; the layout search in {@link Estimator} asks it
 * for every batch it tries.
 *
 * @param seconds                 the step: one token for each user, prefill interleaved
 * @param timeToFirstTokenSeconds a new request's wait for its first token
 * @param boundBy                 what the step's time goes to most
 */
record Step(double seconds, double timeToFirstTokenSeconds, String boundBy) {

    private static final double BYTES_PER_TB = 1e12;
    private static final double BYTES_PER_GB = 1e9;
    private static final double FLOPS_PER_TFLOP = 1e12;
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
    private static final double SCALE_OUT_GBPS = 50;
    /** The share of a step prefill may take before a new prompt's wait is counted as unbounded. */
    private static final double MAX_PREFILL_SHARE = 0.999;

    static Step of(Scenario scenario, Calibration calibration, Serving serving, Parallelism layout, double batch) {
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
                + expertBytes / Layouts.expertShards(layout) * touchedExperts(model, tokens / stages)
                + batch * MemoryBreakdown.kvBytesPerUser(model, precision.kvCacheBytes(), decodeContext)
                        * Layouts.kvReplication(model, tensor) / chips;
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
    private static double attentionFlopsPerToken(Model model, double contextTokens, boolean decode) {
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
}
