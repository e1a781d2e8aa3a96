package com.tokenomics.engine;

/**
 * How one attention layer stores its keys and values for one token.
 *
 * <p>GQA (also MHA and MQA): a key and a value vector per KV head. MLA (DeepSeek-V2/V3): one compressed latent of
 * {@code kvLoraRank} values plus the decoupled RoPE key of {@code qkRopeHeadDim} values, shared by all heads.
 */
public record Attention(Kind kind, int kvLoraRank, int qkRopeHeadDim) {

    public enum Kind { GQA, MLA }

    public static Attention gqa() {
        return new Attention(Kind.GQA, 0, 0);
    }

    public static Attention mla(int kvLoraRank, int qkRopeHeadDim) {
        return new Attention(Kind.MLA, kvLoraRank, qkRopeHeadDim);
    }

    /** Elements cached per token by one layer of a model with these heads. */
    public long kvElementsPerTokenPerLayer(int kvHeads, int headDim) {
        return switch (kind) {
            case GQA -> 2L * kvHeads * headDim;
            case MLA -> (long) kvLoraRank + qkRopeHeadDim;
        };
    }
}
