package com.tokenomics.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Looking entries up by id, and choosing the measured throughput for a model on a system. */
class CatalogLookupTest {

    private static final Catalog CATALOG = new Catalog();

    @Test
    void shouldPickAClosedV51ServerRowForLlama2OnH200() {
        // Candidates: NVIDIA's v4.1 rows and Nebius's and Dell's v5.1 rows, offline and server each.
        ThroughputReference best = CATALOG.bestThroughputReference("llama-2-70b", "h200-hgx").orElseThrow();

        assertThat(best.division()).isEqualTo("closed");
        assertThat(best.round()).isEqualTo("MLPerf Inference v5.1");
        assertThat(best.scenario()).isEqualTo("server");
        assertThat(best.systemId()).isEqualTo("h200-hgx");
        assertThat(best.modelId()).isEqualTo("llama-2-70b");
    }

    @Test
    void shouldPreferTheNewestRoundOverAnOlderPreview() {
        // B200: v4.1 single-GPU preview rows and v5.1 closed 8-GPU rows (5.1-0069).
        ThroughputReference best = CATALOG.bestThroughputReference("llama-2-70b", "b200-hgx").orElseThrow();

        assertThat(best.id()).isEqualTo("mlperf-v5.1-0069-server");
    }

    @Test
    void shouldFallBackToTheOpenDivisionWhenThatIsAllThereIs() {
        // MI355X has only AMD's open-division MXFP4 row (catalog.md §3.3: no closed MI355X LLM result).
        ThroughputReference best = CATALOG.bestThroughputReference("llama-2-70b", "mi355x-platform").orElseThrow();

        assertThat(best.division()).isEqualTo("open");
    }

    @Test
    void shouldFindNoThroughputForAnUnknownModelOrSystem() {
        assertThat(CATALOG.bestThroughputReference("llama-9-900b", "h200-hgx")).isEmpty();
        assertThat(CATALOG.bestThroughputReference("llama-2-70b", "h900-hgx")).isEmpty();
    }

    @Test
    void shouldFindNoThroughputForAModelNeverMeasuredOnTheSystem() {
        assertThat(CATALOG.bestThroughputReference("deepseek-v3", "h200-hgx")).isEmpty();
    }

    @Test
    void shouldReturnEmptyForUnknownIds() {
        assertThat(CATALOG.model("no-such-model")).isEmpty();
        assertThat(CATALOG.system("no-such-system")).isEmpty();
        assertThat(CATALOG.throughputReference("no-such-reference")).isEmpty();
        assertThat(CATALOG.price("no-such-price")).isEmpty();
        assertThat(CATALOG.financePreset("no-such-preset")).isEmpty();
    }

    @Test
    void shouldFindKnownIds() {
        assertThat(CATALOG.model("llama-3.1-70b")).map(CatalogModel::layers).contains(80);
        assertThat(CATALOG.system("gb200-nvl72")).map(CatalogSystem::chipsPerRack).contains(72);
        assertThat(CATALOG.defaultFinancePreset().id()).isEqualTo(FinancePreset.DEFAULT_ID);
    }

    @Test
    void shouldDivideEveryThroughputByItsAccelerators() {
        assertThat(CATALOG.throughputReferences()).allSatisfy(reference -> assertThat(
                reference.tokensPerSecondPerAccelerator()).as(reference.id())
                .isEqualTo(reference.tokensPerSecond() / reference.accelerators()));
    }

    @Test
    void shouldGiveThePerAcceleratorFiguresCatalogMdPublishes() {
        // catalog.md §3.3: 5.1-0075 (Nebius, 8× H200) offline 34,812.1 → 4,351.5 per accelerator;
        // 5.1-0015 (Cisco, 16× H100) server 61,101.3 → 3,818.8.
        assertThat(CATALOG.throughputReference("mlperf-v5.1-0075-offline").orElseThrow()
                .tokensPerSecondPerAccelerator()).isCloseTo(4_351.5, within(0.05));
        assertThat(CATALOG.throughputReference("mlperf-v5.1-0015-server").orElseThrow()
                .tokensPerSecondPerAccelerator()).isCloseTo(3_818.8, within(0.05));
    }
}
