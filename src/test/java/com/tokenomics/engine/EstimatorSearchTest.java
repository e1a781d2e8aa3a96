package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The latency-target search stays bounded at the largest inputs the API allows. */
class EstimatorSearchTest {

    @Property
    void findsTheSmallestDivisorAtLeastTheChipsNeeded(@ForAll @IntRange(min = 1, max = 100_000) int heads,
            @ForAll @IntRange(min = 1, max = 200_000) int least) {
        int expected = IntStream.rangeClosed(least, heads).filter(degree -> heads % degree == 0).findFirst()
                .orElse(0);

        assertThat(Estimator.smallestDivisorAtLeast(heads, least)).isEqualTo(expected);
    }

    /** A guard against a hang, not a benchmark: before the bound this scan took hours. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldGiveUpQuicklyOnATargetNoBatchMeetsOnAMillionChipRack() {
        Model model = new Model("prime heads", 70e9, 70e9, 80, 99_991, 99_991, 1, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)));
        Hardware rack = new Hardware("huge rack", Hardware.RACK, 80, 0, 1_000_000, 100.0, 1e6, 3.35, 989.0);
        Scenario scenario = new Scenario(model, new Workload(100_000_000, 1_000, 100), Fixtures.FP16, rack,
                new Deployment(1, null, null, CapexBasis.RACK, false, 0), Fixtures.FINANCE_CHECK, null);

        assertThat(Estimator.estimate(scenario, Calibration.ROOFLINE, 0.001)).isEmpty();
    }
}
