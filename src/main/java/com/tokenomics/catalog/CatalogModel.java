package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/** A model architecture from {@code catalog/models.json}. Counts are plain numbers (parameters, not billions). */
@RegisterForReflection
public record CatalogModel(
        String id,
        String name,
        String huggingFaceRepo,
        double parameters,
        Double publishedParameters,
        double activeParameters,
        Double publishedActiveParameters,
        int layers,
        int hiddenSize,
        int attentionHeads,
        int kvHeads,
        int headDim,
        Integer intermediateSize,
        int vocabSize,
        long maxContextTokens,
        Long extendedContextTokens,
        Attention attention,
        List<LayerGroup> layerGroups,
        Moe moe,
        String defaultPrecision,
        Map<String, Object> releasedWeights,
        String source,
        String asOf,
        String confidence,
        Map<String, Provenance> fieldSources,
        String notes) implements CatalogEntry {

    @RegisterForReflection
    public record Attention(String type, Integer kvLoraRank, Integer qkRopeHeadDim, Integer qkNopeHeadDim,
            Integer vHeadDim, Integer qLoraRank) {
    }

    /** Layers holding the same tokens; {@code windowTokens} null for full attention; kind: sliding or chunked. */
    @RegisterForReflection
    public record LayerGroup(int layers, Long windowTokens, String kind) {
    }

    @RegisterForReflection
    public record Moe(int experts, int activeExperts, int sharedExperts, int moeLayers, int expertIntermediateSize) {
    }
}
