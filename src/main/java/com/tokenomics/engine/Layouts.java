package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The layouts an instance may take over its chips, and what each holds: the candidates {@link Estimator} searches,
 * the users whose KV cache fits beside the weights, and how a layout splits the experts and copies the cache.
 */
final class Layouts {

    private Layouts() {
    }

    /**
     * The layouts worth trying, fewest chips first: tensor parallelism over 1, 2, 4 … chips up to the scale-up
     * domain (degrees that divide the attention heads), for a MoE also attention data-parallel with the experts
     * spread over the same chips, and pipeline stages of one domain each when one domain cannot hold the weights.
     */
    static List<Parallelism> worthTrying(Scenario scenario, Serving serving) {
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
        return free < perUser ? 0 : (long) Math.min(Estimator.MAX_USERS, Math.floor(free / perUser));
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

    private static int largestDivisorAtMost(int n, int most) {
        for (int degree = Math.min(n, most); degree > 1; degree--) {
            if (n % degree == 0) {
                return degree;
            }
        }
        return 1;
    }
}
