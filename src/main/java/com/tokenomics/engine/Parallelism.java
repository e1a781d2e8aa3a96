package com.tokenomics.engine;

/**
 * How one model instance is laid over its chips. Attention runs data-parallel over
 * {@code chipsPerInstance ÷ (tensorParallel × pipelineParallel)} groups (1 for a plain tensor-parallel layout; the
 * chip count for the DeepSeek/gpt-oss layout of attention data-parallel, experts spread over every chip).
 *
 * @param chipsPerInstance chips that hold one copy of the model
 * @param tensorParallel   chips one layer's attention and dense weights are split over
 * @param expertParallel   chips the routed experts are spread over (1 for a dense model)
 * @param pipelineParallel stages the layers are split into
 */
public record Parallelism(int chipsPerInstance, int tensorParallel, int expertParallel, int pipelineParallel) {

    public Parallelism {
        if (chipsPerInstance < 1 || tensorParallel < 1 || expertParallel < 1 || pipelineParallel < 1
                || chipsPerInstance % ((long) tensorParallel * pipelineParallel) != 0
                || expertParallel > chipsPerInstance) {
            throw new IllegalArgumentException("tensor × pipeline parallel must divide the chips per instance and "
                    + "expert parallel must not exceed them; got " + chipsPerInstance + " chips, TP "
                    + tensorParallel + ", EP " + expertParallel + ", PP " + pipelineParallel);
        }
    }

    /** Plain tensor parallelism over every chip of the instance, experts spread over the same chips. */
    public static Parallelism tensor(int chips, boolean moe) {
        return new Parallelism(chips, chips, moe ? chips : 1, 1);
    }

    public int attentionDataParallel() {
        return chipsPerInstance / (tensorParallel * pipelineParallel);
    }
}
