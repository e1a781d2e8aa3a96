package com.tokenomics.engine;

import java.util.List;

/** Scenarios from the article and docs/design.md, for tests. */
final class Fixtures {

    /** Llama 3.1 70B as the article counts it: 70e9 parameters, 80 layers, 64 heads, 8 KV heads, d_model 8192. */
    static final Model ARTICLE_LLAMA_70B = new Model("Llama 3.1 70B (article)", 70e9, 70e9, 80, 8192, 64, 8, 128,
            Attention.gqa(), List.of(LayerGroup.fullAttention(80)));

    static final Workload ARTICLE_WORKLOAD = new Workload(16, 10_000, 0);

    static final PrecisionChoice FP16 = PrecisionChoice.of(Precision.FP16, Precision.FP16);

    /** The article's GH200: 144 GiB HBM per chip. */
    static final Hardware GH200 = new Hardware("GH200", "superchip", 144, 0, 1, null, null, null, null);

    /** The article's SRAM-only rack: 128 chips of 256 MB (0.25 GiB). */
    static final Hardware SRAM_RACK = new Hardware("SRAM rack", Hardware.RACK, 0, 0.25, 128, null, null, null, null);

    /** docs/design.md's finance check: one $3M, 120 kW rack. */
    static final Hardware FINANCE_RACK = new Hardware("finance check rack", Hardware.RACK, 144, 0, 72, 120.0, 3e6,
            null, null);

    static final Finance FINANCE_CHECK = new Finance(5, 0.08, 0.08, 1.3, 185, 0.6, 1.0);

    static Deployment deployment(Integer racks, Double tokensPerSecond) {
        return new Deployment(1, racks, tokensPerSecond == null ? null : ThroughputInput.total(tokensPerSecond,
                Throughput.GIVEN), CapexBasis.RACK, false, 0);
    }

    static Scenario article(Hardware hardware) {
        return new Scenario(ARTICLE_LLAMA_70B, ARTICLE_WORKLOAD, FP16, hardware, deployment(null, null),
                FINANCE_CHECK, null);
    }

    static Scenario financeCheck() {
        return new Scenario(ARTICLE_LLAMA_70B, ARTICLE_WORKLOAD, FP16, FINANCE_RACK, deployment(1, 50_000.0),
                FINANCE_CHECK, null);
    }

    static Scenario withMarket(Scenario scenario, Market market) {
        return scenario.withMarket(market);
    }

    static Scenario withDeployment(Scenario scenario, Deployment deployment) {
        return scenario.withDeployment(deployment);
    }

    private Fixtures() {
    }
}
