package com.tokenomics.engine;

/**
 * A mixture-of-experts layout: each token is routed to {@code activeExperts} of {@code experts} routed experts in
 * every MoE layer (shared experts count among the always-active parameters).
 */
public record Moe(int experts, int activeExperts) {

    public Moe {
        if (experts < 1 || activeExperts < 1 || activeExperts > experts) {
            throw new IllegalArgumentException("a MoE needs 1 ≤ activeExperts ≤ experts; got " + activeExperts
                    + " of " + experts);
        }
    }
}
