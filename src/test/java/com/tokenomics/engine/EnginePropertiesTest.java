package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Properties over the whole input space the API accepts. */
class EnginePropertiesTest {

    private static Scenario scenario(long users, long contextTokens, double utilization, double wacc, double pue,
            int layers) {
        Model model = new Model("generated", 8e9, 8e9, layers, 4096, 32, 8, 128, Attention.gqa(),
                List.of(LayerGroup.windowed(layers / 2, 4096), LayerGroup.fullAttention(layers - layers / 2)));
        Hardware hardware = new Hardware("generated", Hardware.RACK, 80, 0, 8, 10.2, 300_000.0, null, null);
        return new Scenario(model, new Workload(users, contextTokens, 0), Fixtures.FP16, hardware,
                new Deployment(1, null, ThroughputInput.total(20_000.0, Throughput.GIVEN), CapexBasis.RACK, false, 0),
                new Finance(5, wacc, 0.08, pue, 185, utilization, 1), Market.blended(1.0));
    }

    @Property
    void moreUsersNeverLowerTotalMemory(@ForAll @LongRange(min = 1, max = 100_000) long users,
            @ForAll @LongRange(min = 1, max = 1_000_000) long contextTokens,
            @ForAll @IntRange(min = 2, max = 128) int layers) {
        double fewer = Evaluator.evaluate(scenario(users, contextTokens, 0.5, 0.08, 1.3, layers)).memory().totalGiB();
        double more = Evaluator.evaluate(scenario(users + 1, contextTokens, 0.5, 0.08, 1.3, layers)).memory()
                .totalGiB();

        assertThat(more).isGreaterThan(fewer);
    }

    @Property
    void longerContextNeverLowersMemory(@ForAll @LongRange(min = 1, max = 1_000_000) long contextTokens,
            @ForAll @IntRange(min = 2, max = 128) int layers) {
        double shorter = Evaluator.evaluate(scenario(4, contextTokens, 0.5, 0.08, 1.3, layers)).memory().totalGiB();
        double longer = Evaluator.evaluate(scenario(4, contextTokens + 1, 0.5, 0.08, 1.3, layers)).memory()
                .totalGiB();

        assertThat(longer).isGreaterThanOrEqualTo(shorter);
    }

    @Property
    void higherUtilizationNeverRaisesCostPerToken(@ForAll @DoubleRange(min = 0.01, max = 0.99) double utilization,
            @ForAll @DoubleRange(min = 0, max = 0.3) double wacc) {
        double lower = Evaluator.evaluate(scenario(16, 8_192, utilization, wacc, 1.3, 32)).unitEconomics()
                .usdPerMillionTokens();
        double higher = Evaluator.evaluate(scenario(16, 8_192, utilization + 0.01, wacc, 1.3, 32)).unitEconomics()
                .usdPerMillionTokens();

        assertThat(higher).isLessThan(lower);
    }

    @Property
    void higherWaccNeverLowersAnnualCapital(@ForAll @DoubleRange(min = 0, max = 0.5) double wacc) {
        double lower = Evaluator.evaluate(scenario(16, 8_192, 0.6, wacc, 1.3, 32)).cost().annualCapitalUsd();
        double higher = Evaluator.evaluate(scenario(16, 8_192, 0.6, wacc + 0.001, 1.3, 32)).cost().annualCapitalUsd();

        assertThat(higher).isGreaterThan(lower);
    }

    @Property
    void costSharesAlwaysSumToOne(@ForAll @DoubleRange(min = 0, max = 0.5) double wacc,
            @ForAll @DoubleRange(min = 1, max = 3) double pue,
            @ForAll @DoubleRange(min = 0.01, max = 1) double utilization) {
        Cost cost = Evaluator.evaluate(scenario(16, 8_192, utilization, wacc, pue, 32)).cost();

        assertThat(cost.capitalShare() + cost.energyShare() + cost.hostingShare()).isCloseTo(1.0, within(1e-12));
    }

    @Property
    void gibAndBytesAgree(@ForAll @LongRange(min = 1, max = 100_000) long users,
            @ForAll @LongRange(min = 1, max = 1_000_000) long contextTokens) {
        MemoryBreakdown memory = Evaluator.evaluate(scenario(users, contextTokens, 0.5, 0.08, 1.3, 32)).memory();

        assertThat(memory.totalGiB() * Units.BYTES_PER_GIB).isCloseTo(memory.totalBytes(), within(1.0));
    }

    @Property
    void everyFigureIsFinite(@ForAll @LongRange(min = 1, max = 10_000_000) long users,
            @ForAll @LongRange(min = 1, max = 10_000_000) long contextTokens,
            @ForAll @DoubleRange(min = 0.000001, max = 1) @Scale(6) double utilization,
            @ForAll @DoubleRange(min = 0, max = 1) double wacc,
            @ForAll @DoubleRange(min = 1, max = 5) double pue) {
        Evaluation evaluation = Evaluator.evaluate(scenario(users, contextTokens, utilization, wacc, pue, 32));

        assertThat(FiniteCheck.allFinite(evaluation)).isTrue();
    }
}
