package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The article's worked example (Llama 3.1 70B, FP16, 16 users, 10,000 tokens) and docs/design.md §3's figures. */
class ArticleExampleTest {

    @Test
    void shouldNeed130GibForWeights() {
        MemoryBreakdown memory = Evaluator.evaluate(Fixtures.article(Fixtures.GH200)).memory();

        assertThat(memory.weightsBytes()).isEqualTo(140_000_000_000.0);
        assertThat(memory.weightsGiB()).isCloseTo(130.385, within(0.001));
    }

    @Test
    void shouldNeed48Point8GibForKvCache() {
        MemoryBreakdown memory = Evaluator.evaluate(Fixtures.article(Fixtures.GH200)).memory();

        assertThat(memory.kvCacheBytesPerToken()).isEqualTo(327_680.0);
        assertThat(memory.kvCacheBytes()).isEqualTo(52_428_800_000.0);
        assertThat(memory.kvCacheGiB()).isCloseTo(48.828, within(0.001));
    }

    @Test
    void shouldNeed179Point2GibInTotal() {
        MemoryBreakdown memory = Evaluator.evaluate(Fixtures.article(Fixtures.GH200)).memory();

        assertThat(memory.totalGiB()).isCloseTo(179.214, within(0.001));
        assertThat(memory.reserveBytes()).isZero();
    }

    @Test
    void shouldNeed1Point24Gh200Chips() {
        Sizing sizing = Evaluator.evaluate(Fixtures.article(Fixtures.GH200)).sizing();

        assertThat(sizing.memoryBasis()).isEqualTo(Hardware.MemoryBasis.HBM);
        assertThat(sizing.chipsExact()).isCloseTo(1.2445, within(0.0001));
        assertThat(sizing.chips()).isEqualTo(2);
    }

    @Test
    void shouldNeed717SramChipsIn6Racks() {
        Sizing sizing = Evaluator.evaluate(Fixtures.article(Fixtures.SRAM_RACK)).sizing();

        assertThat(sizing.memoryBasis()).isEqualTo(Hardware.MemoryBasis.SRAM);
        assertThat(sizing.chipsExact()).isCloseTo(716.86, within(0.01));
        assertThat(sizing.chips()).isEqualTo(717);
        assertThat(sizing.racksExact()).isCloseTo(5.60, within(0.005));
        assertThat(sizing.racks()).isEqualTo(6);
    }

    @Test
    void shouldReportMissingPriceAndThroughputInsteadOfCost() {
        Evaluation evaluation = Evaluator.evaluate(Fixtures.article(Fixtures.SRAM_RACK));

        assertThat(evaluation.cost()).isNull();
        assertThat(evaluation.unitEconomics()).isNull();
        assertThat(evaluation.warnings()).extracting(Warning::code)
                .containsExactly("THROUGHPUT_UNKNOWN", "PRICE_UNKNOWN", "POWER_UNKNOWN");
    }
}
