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
        double perToken = kvBytesPerToken(model, precision.kvCacheBytes());
        double perUser = kvBytesPerUser(model, precision.kvCacheBytes(), context);
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

    /** KV bytes one token adds across all layers. */
    public static double kvBytesPerToken(Model model, double kvBytesPerElement) {
        return model.layers() * model.kvElementsPerTokenPerLayer() * kvBytesPerElement;
    }

    /** KV bytes one user holds at a context, windowed layers capped at their window. */
    public static double kvBytesPerUser(Model model, double kvBytesPerElement, double contextTokens) {
        double bytesPerTokenPerLayer = model.kvElementsPerTokenPerLayer() * kvBytesPerElement;
        double perUser = 0;
        for (LayerGroup group : model.layerGroups()) {
            double held = group.isWindowed() ? Math.min(contextTokens, group.windowTokens()) : contextTokens;
            perUser += group.layers() * bytesPerTokenPerLayer * held;
        }
        return perUser;
    }

    private static double wholeBytes(double bytes) {
        return Math.ceil(bytes);
    }
}
