package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** KV cache for GQA, MLA and windowed layers (docs/formulas.md). */
class KvCacheLayoutTest {

    private static final PrecisionChoice BF16 = PrecisionChoice.of(Precision.BF16, Precision.BF16);

    private static MemoryBreakdown memory(Model model, long users, long contextTokens) {
        return MemoryBreakdown.of(model, new Workload(users, contextTokens, 0), BF16, 1, 0);
    }

    @Test
    void shouldCacheOneLatentPerMlaLayer() {
        // DeepSeek-V3: kv_lora_rank 512 + qk_rope_head_dim 64, 61 layers.
        Model deepSeek = new Model("DeepSeek-V3", 671e9, 37e9, 61, 7168, 128, 128, 128, Attention.mla(512, 64),
                List.of(LayerGroup.fullAttention(61)));

        assertThat(memory(deepSeek, 1, 1).kvCacheBytesPerToken()).isEqualTo(70_272.0);
    }

    @Test
    void shouldCapSlidingLayersAtTheirWindow() {
        // gpt-oss-120b: 36 layers, 8 KV heads of 64, half of them held to a 128-token window.
        Model gptOss = new Model("gpt-oss-120b", 116.8e9, 5.1e9, 36, 2880, 64, 8, 64, Attention.gqa(),
                List.of(LayerGroup.windowed(18, 128), LayerGroup.fullAttention(18)));
        long perLayerPerToken = 2L * 8 * 64 * 2;

        MemoryBreakdown atLongContext = memory(gptOss, 1, 10_000);

        assertThat(atLongContext.kvCacheBytesPerToken()).isEqualTo(36.0 * perLayerPerToken);
        assertThat(atLongContext.kvCacheBytesPerUser()).isEqualTo(perLayerPerToken * (18.0 * 128 + 18.0 * 10_000));
    }

    @Test
    void shouldHoldTheWholeContextInWindowedLayersWhenItIsShorter() {
        Model gptOss = new Model("gpt-oss-20b", 20.9e9, 3.6e9, 24, 2880, 64, 8, 64, Attention.gqa(),
                List.of(LayerGroup.windowed(12, 128), LayerGroup.fullAttention(12)));

        MemoryBreakdown shortContext = memory(gptOss, 2, 100);

        assertThat(shortContext.kvCacheBytesPerUser()).isEqualTo(shortContext.kvCacheBytesPerToken() * 100);
        assertThat(shortContext.kvCacheBytes()).isEqualTo(2 * shortContext.kvCacheBytesPerUser());
    }

    @Test
    void shouldUseHalfAByteForFp4() {
        assertThat(Precision.fromId("MXFP4")).contains(Precision.MXFP4);
        assertThat(Precision.MXFP4.bytesPerElement()).isEqualTo(0.5);
        assertThat(Precision.fromId("fp12")).isEmpty();
    }
}
