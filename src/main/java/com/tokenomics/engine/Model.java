package com.tokenomics.engine;

import java.util.List;

/**
 * A decoder model's architecture as far as memory and compute need it.
 *
 * @param parameters       total parameters; for MoE all experts, since all are resident
 * @param activeParameters parameters used per token (MoE: shared + routed experts taken); equals parameters when dense
 * @param headDim          per-head dimension (often hiddenSize / attentionHeads, not always: Qwen3, gpt-oss)
 * @param layerGroups      the layers grouped by how many tokens they hold; their layer counts add up to {@code layers}
 * @param moe              the routed experts, or null for a dense model
 */
public record Model(
        String name,
        double parameters,
        double activeParameters,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        int headDim,
        Attention attention,
        List<LayerGroup> layerGroups,
        Moe moe) {

    public Model {
        layerGroups = List.copyOf(layerGroups);
    }

    /** A dense model (no routed experts). */
    public Model(String name, double parameters, double activeParameters, int layers, int hiddenSize,
            int attentionHeads, int kvHeads, int headDim, Attention attention, List<LayerGroup> layerGroups) {
        this(name, parameters, activeParameters, layers, hiddenSize, attentionHeads, kvHeads, headDim, attention,
                layerGroups, null);
    }

    /**
     * Parameters of the routed experts, all resident but each read only when a token is routed to it: the
     * parameters that are not active are the unrouted experts, E − k of E.
     */
    public double routedExpertParameters() {
        if (moe == null || moe.experts() == moe.activeExperts()) {
            return 0;
        }
        return (parameters - activeParameters) * moe.experts() / (moe.experts() - moe.activeExperts());
    }

    /** Default per-head dimension when a config does not give one. */
    public static int defaultHeadDim(int hiddenSize, int attentionHeads) {
        return hiddenSize / attentionHeads;
    }

    public long kvElementsPerTokenPerLayer() {
        return attention.kvElementsPerTokenPerLayer(kvHeads, headDim);
    }
}
