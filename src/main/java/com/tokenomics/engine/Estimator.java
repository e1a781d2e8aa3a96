package com.tokenomics.engine;

import java.util.Optional;

/**
 * A roofline estimate of throughput (DESIGN.md §3, issue 4). An instance spans the chips its memory needs, rounded
 * up to a tensor-parallel degree that divides the attention heads. A decode step reads the weights (for MoE, the
 * experts the batch touches) and the batch's KV cache over the chips' bandwidth, and does 2 FLOPs per active
 * parameter per token plus attention over the chips' peak; the slower of the two, divided by the calibrated
 * calibration factor, plus a fixed overhead, is the step. Prefill is bound by compute. Output tokens per second count
 * prefill time too: each request's input is processed once, then its output tokens one step at a time.
 */
public final class Estimator {

    private static final double BYTES_PER_TB = 1e12;
    private static final double FLOPS_PER_TFLOP = 1e12;
    private static final double MS_PER_S = 1_000;
    /** Bounds the work of a latency-target search; batches below the largest minus this are not tried. */
    private static final long MAX_BATCHES_SCANNED = 100_000;
    /** Multiply-add per parameter per token. */
    private static final double FLOPS_PER_PARAMETER = 2;
    /** Q·K and attention·V, each a multiply-add per cached token, head dimension and head. */
    private static final double ATTENTION_FLOPS_PER_TOKEN_HEAD_DIM = 4;

    private Estimator() {
    }

    /**
     * The estimate, or empty when the system lacks a bandwidth or a peak figure, the workload generates no
     * tokens, or one user's cache does not fit beside the weights even on the largest degree tried.
     *
     * @param targetTimePerOutputTokenMs the slowest step users accept; null to batch every user of an instance
     */
    public static Optional<Estimate> estimate(Scenario scenario, Calibration calibration,
            Double targetTimePerOutputTokenMs) {
        Hardware hardware = scenario.hardware();
        Workload workload = scenario.workload();
        if (hardware.memoryBandwidthTBps() == null || hardware.peakTflops() == null
                || workload.outputTokens() == 0) {
            return Optional.empty();
        }
        long instances = Math.max(1, scenario.deployment().instances());
        long usersPerInstance = ceilDiv(workload.users(), instances);
        int tensorParallel = tensorParallel(scenario, usersPerInstance);
        if (targetTimePerOutputTokenMs != null) {
            long[] fastest = largestBatchWithin(scenario, calibration, targetTimePerOutputTokenMs, usersPerInstance);
            if (fastest == null) {
                return Optional.empty();
            }
            usersPerInstance = fastest[0];
            tensorParallel = (int) fastest[1];
            instances = ceilDiv(workload.users(), usersPerInstance);
        }
        double step = stepSeconds(scenario, calibration, tensorParallel, usersPerInstance);
        boolean memoryBound = memorySeconds(scenario, tensorParallel, usersPerInstance)
                >= computeSeconds(scenario, tensorParallel, usersPerInstance);
        double prefillOne = prefillSeconds(scenario, calibration, tensorParallel, 1);
        double prefillBatch = prefillSeconds(scenario, calibration, tensorParallel, usersPerInstance);
        double cycle = prefillBatch + workload.outputTokens() * step;
        double perInstance = usersPerInstance * workload.outputTokens() / cycle;
        double total = perInstance * instances;
        double perChip = perInstance / tensorParallel;
        return Optional.of(new Estimate(tensorParallel, instances, usersPerInstance, step * MS_PER_S,
                (prefillOne + step) * MS_PER_S, 1 / step, total, perChip,
                memoryBound ? Estimate.MEMORY_BANDWIDTH : Estimate.COMPUTE, calibration.expectedErrorFraction(),
                calibration.basis()));
    }

    /** Smallest degree ≥ the chips one instance's memory needs that divides the attention heads. */
    static int tensorParallel(Scenario scenario, long usersPerInstance) {
        Model model = scenario.model();
        PrecisionChoice precision = scenario.precision();
        double bytes = model.parameters() * precision.weightBytes()
                + usersPerInstance * MemoryBreakdown.kvBytesPerUser(model, precision.kvCacheBytes(),
                        scenario.workload().contextTokens());
        double perChip = scenario.hardware().memoryPerChipGiB() * Units.BYTES_PER_GIB;
        int chips = Math.max(1, (int) Math.min(Integer.MAX_VALUE, Math.ceil(bytes / perChip)));
        int degree = smallestDivisorAtLeast(model.attentionHeads(), chips);
        return degree > 0 ? degree : chips;
    }

    /** The smallest divisor of n that is at least least, or 0 when there is none; √n steps, not n. */
    static int smallestDivisorAtLeast(int n, int least) {
        int smallest = 0;
        for (int small = 1; (long) small * small <= n; small++) {
            if (n % small == 0) {
                int large = n / small;
                if (small >= least) {
                    return small;
                }
                if (large >= least) {
                    smallest = large;
                }
            }
        }
        return smallest;
    }

    /**
     * The largest batch, and the fewest chips for it, whose step meets the target: more chips than memory needs
     * bring more bandwidth and compute, up to one rack. The step is not monotone in the batch (a larger batch may
     * need more chips), so batches are scanned from the largest down, not bisected. Null when none meets it.
     */
    private static long[] largestBatchWithin(Scenario scenario, Calibration calibration, double targetMs,
            long maximum) {
        int heads = scenario.model().attentionHeads();
        int mostChips = Math.max(scenario.hardware().chipsPerRack(), tensorParallel(scenario, 1));
        int mostDegree = largestDivisorAtMost(heads, mostChips);
        for (long batch = maximum; batch >= Math.max(1, maximum - MAX_BATCHES_SCANNED); batch--) {
            // The step only shortens with more chips: when the largest degree misses the target, every degree does.
            // Checking it first keeps a target no batch meets at one step per batch, not one per chip of the rack.
            if (stepSeconds(scenario, calibration, mostDegree, batch) * MS_PER_S > targetMs) {
                continue;
            }
            for (int degree = tensorParallel(scenario, batch); degree <= mostDegree; degree++) {
                if (heads % degree == 0
                        && stepSeconds(scenario, calibration, degree, batch) * MS_PER_S <= targetMs) {
                    return new long[] {batch, degree};
                }
            }
        }
        return null;
    }

    private static int largestDivisorAtMost(int n, int most) {
        for (int degree = Math.min(n, most); degree > 1; degree--) {
            if (n % degree == 0) {
                return degree;
            }
        }
        return 1;
    }

    static double stepSeconds(Scenario scenario, Calibration calibration, int tensorParallel, long batch) {
        double roof = Math.max(memorySeconds(scenario, tensorParallel, batch),
                computeSeconds(scenario, tensorParallel, batch));
        return roof / calibration.factor() + calibration.stepOverheadMs() / MS_PER_S;
    }

    private static double memorySeconds(Scenario scenario, int tensorParallel, long batch) {
        Model model = scenario.model();
        PrecisionChoice precision = scenario.precision();
        // A MoE batch touches about batch × active parameters' worth of experts, never more than all of them.
        double weightsRead = model.parameters() * precision.weightBytes()
                * Math.min(1, batch * model.activeParameters() / model.parameters());
        double kvRead = batch * MemoryBreakdown.kvBytesPerUser(model, precision.kvCacheBytes(),
                averageDecodeContext(scenario.workload()));
        double bandwidth = tensorParallel * scenario.hardware().memoryBandwidthTBps() * BYTES_PER_TB;
        return (weightsRead + kvRead) / bandwidth;
    }

    private static double computeSeconds(Scenario scenario, int tensorParallel, long batch) {
        Model model = scenario.model();
        double perToken = FLOPS_PER_PARAMETER * model.activeParameters()
                + attentionFlopsPerToken(model, averageDecodeContext(scenario.workload()));
        return batch * perToken / (tensorParallel * scenario.hardware().peakTflops() * FLOPS_PER_TFLOP);
    }

    private static double prefillSeconds(Scenario scenario, Calibration calibration, int tensorParallel,
            long requests) {
        Model model = scenario.model();
        long input = scenario.workload().inputTokens();
        // Attention over a prompt grows with the tokens before each position: input / 2 on average.
        double perRequest = input * (FLOPS_PER_PARAMETER * model.activeParameters()
                + attentionFlopsPerToken(model, input / 2.0));
        return requests * perRequest
                / (tensorParallel * scenario.hardware().peakTflops() * FLOPS_PER_TFLOP * calibration.factor());
    }

    private static double attentionFlopsPerToken(Model model, double contextTokens) {
        double heldTokens = 0;
        for (LayerGroup group : model.layerGroups()) {
            heldTokens += group.layers()
                    * (group.isWindowed() ? Math.min(contextTokens, group.windowTokens()) : contextTokens);
        }
        return ATTENTION_FLOPS_PER_TOKEN_HEAD_DIM * heldTokens * model.attentionHeads() * model.headDim();
    }

    /** Over a request's decode the cache grows from its input to input + output: on average half the output. */
    private static double averageDecodeContext(Workload workload) {
        return workload.inputTokens() + workload.outputTokens() / 2.0;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
