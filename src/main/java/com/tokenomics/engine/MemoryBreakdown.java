package com.tokenomics.engine;

/**
 * Memory the scenario needs: weights of every instance plus the KV cache of every user at peak context.
 * Byte fields are rounded up to whole bytes (as doubles: large scenarios exceed a long); GiB fields
 * are exact.
 *
 * @param kvCacheBytesPerToken KV bytes one token adds in every layer (the usual "KV per token" figure)
 * @param kvCacheBytesPerUser  KV bytes one user holds at peak context, windowed layers capped at their window
 */
public record MemoryBreakdown(
        long contextTokens,
        double weightsBytes,
        double weightsGiB,
        double kvCacheBytesPerToken,
        double kvCacheBytesPerUser,
        double kvCacheBytes,
        double kvCacheGiB,
        double reserveBytes,
        double reserveGiB,
        double totalBytes,
        double totalGiB) {

    public static MemoryBreakdown of(Model model, Workload workload, PrecisionChoice precision, int instances,
            double runtimeReserveFraction) {
        double weights = model.parameters() * precision.weightBytes() * instances;
        long context = workload.contextTokens();
        double bytesPerElementPerLayer = model.kvElementsPerTokenPerLayer() * precision.kvCacheBytes();
        double perToken = 0;
        double perUser = 0;
        for (LayerGroup group : model.layerGroups()) {
            perToken += group.layers() * bytesPerElementPerLayer;
            perUser += group.layers() * bytesPerElementPerLayer * group.tokensHeld(context);
        }
        double kvCache = perUser * workload.users();
        double reserve = runtimeReserveFraction * (weights + kvCache);
        double total = weights + kvCache + reserve;
        return new MemoryBreakdown(context,
                wholeBytes(weights), Units.gib(weights),
                perToken, perUser,
                wholeBytes(kvCache), Units.gib(kvCache),
                wholeBytes(reserve), Units.gib(reserve),
                wholeBytes(total), Units.gib(total));
    }

    private static double wholeBytes(double bytes) {
        return Math.ceil(bytes);
    }
}
