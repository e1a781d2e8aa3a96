package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SizingTest {

    /** 100 million users of a 1-billion-token context on chips of 0.001 GiB: 3.05e16 chips. */
    private static Scenario beyondCounting() {
        Workload everyone = new Workload(100_000_000, 1_000_000_000, 0);
        Hardware tinyChips = new Hardware("1 MiB chips", Hardware.RACK, 0.001, 0, 72, 120.0, 3e6, null, null);
        return new Scenario(Fixtures.ARTICLE_LLAMA_70B, everyone, Fixtures.FP16, tinyChips,
                Fixtures.deployment(null, 50_000.0), Fixtures.FINANCE_CHECK, null);
    }

    private static MemoryBreakdown articleMemory() {
        return MemoryBreakdown.of(Fixtures.ARTICLE_LLAMA_70B, Fixtures.ARTICLE_WORKLOAD, Fixtures.FP16, 1, 0);
    }

    @Test
    void shouldRefuseAScenarioNeedingMoreChipsThanCountedExactly() {
        assertThatThrownBy(() -> Evaluator.evaluate(beyondCounting()))
                .isInstanceOf(ScenarioTooLargeException.class)
                .hasMessage("the scenario needs 3.05e+13 GiB of memory: 3.05e+16 chips of 0.001 GiB, and this "
                        + "calculator sizes up to 1e15 chips. Fewer users, a shorter context, fewer instances or more "
                        + "memory per chip bring it into range.")
                .extracting(e -> ((ScenarioTooLargeException) e).input()).isEqualTo(Input.WORKLOAD);
    }

    @Test
    void shouldSizeAHugeButCountableScenarioExactly() {
        // 1e8 users × 3e7 tokens × 327,680 B/token + 140e9 B of weights = 915,527,343,880.39 GiB
        Hardware chipsOfOneGiB = new Hardware("1 GiB chips", Hardware.RACK, 1, 0, 1_000_000, null, null, null, null);
        MemoryBreakdown memory = MemoryBreakdown.of(Fixtures.ARTICLE_LLAMA_70B,
                new Workload(100_000_000, 30_000_000, 0), Fixtures.FP16, 1, 0);

        Sizing sizing = Sizing.of(memory, chipsOfOneGiB);

        assertThat(sizing.chips()).isEqualTo(915_527_343_881L);
        assertThat(sizing.racks()).isEqualTo(915_528L);
    }

    @Test
    void shouldSizeJustBelowTheLargestCount() {
        MemoryBreakdown memory = articleMemory();
        Hardware chips = new Hardware("tiny", Hardware.RACK, memory.totalGiB() / 0.99e15, 0, 1, null, null, null,
                null);

        Sizing sizing = Sizing.of(memory, chips);

        assertThat(sizing.chipsExact()).isCloseTo(0.99e15, within(1.0));
        assertThat(sizing.chips()).isBetween(990_000_000_000_000L - 1, 990_000_000_000_000L + 1);
    }

    @Test
    void shouldRefuseJustAboveTheLargestCount() {
        MemoryBreakdown memory = articleMemory();
        Hardware chips = new Hardware("tiny", Hardware.RACK, memory.totalGiB() / 1.01e15, 0, 1, null, null, null,
                null);

        assertThatThrownBy(() -> Sizing.of(memory, chips)).isInstanceOf(ScenarioTooLargeException.class);
    }
}
