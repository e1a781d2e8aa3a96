package com.tokenomics.engine;

/**
 * Layers that keep the same number of tokens in their KV cache: full-attention layers keep the whole context,
 * sliding-window and chunked layers at most {@code windowTokens}.
 */
public record LayerGroup(int layers, long windowTokens) {

    private static final long FULL_CONTEXT = 0;

    public static LayerGroup fullAttention(int layers) {
        return new LayerGroup(layers, FULL_CONTEXT);
    }

    public static LayerGroup windowed(int layers, long windowTokens) {
        return new LayerGroup(layers, windowTokens);
    }

    public boolean isWindowed() {
        return windowTokens != FULL_CONTEXT;
    }
}
