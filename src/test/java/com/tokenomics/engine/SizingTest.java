package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizingTest {

    /** 100 million users of a 1-billion-token context on chips of about 1 MiB: 3e16 chips. */
    private static Scenario beyondCounting() {
        Workload everyone = new Workload(100_000_000, 1_000_000_000, 0);
        Hardware tinyChips = new Hardware("1 MiB chips", Hardware.RACK, 0.001, 0, 72, 120.0, 3e6, null, null);
        return new Scenario(Fixtures.ARTICLE_LLAMA_70B, everyone, Fixtures.FP16, tinyChips,
                Fixtures.deployment(null, 50_000.0), Fixtures.FINANCE_CHECK, null);
    }

    @Test
    void shouldRefuseAScenarioNeedingMoreChipsThanCountedExactly() {
        assertThatThrownBy(() -> Evaluator.evaluate(beyondCounting()))
                .isInstanceOf(ScenarioTooLargeException.class)
                .hasMessage("the scenario needs 3.05e+13 GiB of memory, 3.05e+16 chips of 0.00100 GiB; this "
                        + "calculator sizes up to 1e+15 chips. Fewer users, a shorter context, fewer instances or more "
                        + "memory per chip bring it into range.")
                .extracting(e -> ((ScenarioTooLargeException) e).field()).isEqualTo("/workload");
    }

    @Test
    void shouldSizeAHugeButCountableScenarioExactly() {
        Hardware chipsOfOneGiB = new Hardware("1 GiB chips", Hardware.RACK, 1, 0, 1_000_000, null, null, null, null);
        MemoryBreakdown memory = MemoryBreakdown.of(Fixtures.ARTICLE_LLAMA_70B,
                new Workload(100_000_000, 30_000_000, 0), Fixtures.FP16, 1, 0);

        Sizing sizing = Sizing.of(memory, chipsOfOneGiB);

        assertThat(sizing.chipsExact()).isLessThanOrEqualTo(Sizing.MAX_CHIPS);
        assertThat(sizing.chips()).isEqualTo((long) Math.ceil(sizing.chipsExact()));
        assertThat(sizing.racks()).isEqualTo((long) Math.ceil(sizing.chipsExact() / 1_000_000));
    }
}
