package com.tokenomics.engine;

/** Bytes per element of the weights and of the KV cache (from a named {@link Precision} or given directly). */
public record PrecisionChoice(double weightBytes, double kvCacheBytes) {

    public static PrecisionChoice of(Precision weights, Precision kvCache) {
        return new PrecisionChoice(weights.bytesPerElement(), kvCache.bytesPerElement());
    }
}
