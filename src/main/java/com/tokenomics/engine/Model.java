package com.tokenomics.engine;

import java.util.List;

/**
 * A decoder model's architecture as far as memory and compute need it.
 *
 * @param parameters       total parameters; for MoE all experts, since all are resident
 * @param activeParameters parameters used per token (MoE: shared + routed experts taken); equals parameters when dense
 * @param headDim          per-head dimension (often hiddenSize / attentionHeads, not always: Qwen3, gpt-oss)
 * @param layerGroups      the layers grouped by how many tokens they hold; their layer counts add up to {@code layers}
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
        List<LayerGroup> layerGroups) {

    public Model {
        layerGroups = List.copyOf(layerGroups);
    }

    /** Default per-head dimension when a config does not give one. */
    public static int defaultHeadDim(int hiddenSize, int attentionHeads) {
        return hiddenSize / attentionHeads;
    }

    public long kvElementsPerTokenPerLayer() {
        return attention.kvElementsPerTokenPerLayer(kvHeads, headDim);
    }
}
