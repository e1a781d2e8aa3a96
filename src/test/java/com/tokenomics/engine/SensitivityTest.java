package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The tornado on docs/design.md's finance check. */
class SensitivityTest {

    private final Sensitivity.Tornado tornado = Sensitivity.analyze(Fixtures.financeCheck(), 0.2).orElseThrow();

    @Test
    void shouldStartFromTheBaseCost() {
        assertThat(tornado.baseUsdPerMillionTokens()).isCloseTo(1.1913, within(0.00005));
    }

    @Test
    void shouldSortInputsByTheirSwing() {
        assertThat(tornado.bars()).extracting(Sensitivity.Bar::swingUsdPerMillionTokens)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldMoveCostInverselyWithThroughput() {
        Sensitivity.Bar throughput = tornado.bars().stream()
                .filter(bar -> bar.variable() == Variable.TOKENS_PER_SECOND).findFirst().orElseThrow();

        assertThat(throughput.usdPerMillionTokensAtLow()).isCloseTo(1.19133 / 0.8, within(0.0001));
        assertThat(throughput.usdPerMillionTokensAtHigh()).isCloseTo(1.19133 / 1.2, within(0.0001));
    }

    @Test
    void shouldMoveAnInputToTheValueAPersonWouldType() {
        Sensitivity.Bar utilization = Sensitivity.analyze(Fixtures.financeCheck(), 0.9).orElseThrow().bars().stream()
                .filter(bar -> bar.variable() == Variable.UTILIZATION).findFirst().orElseThrow();

        // 0.6 × (1 − 0.9) is 0.05999999999999999 in binary arithmetic.
        assertThat(utilization.lowValue()).isEqualTo(0.06);
    }

    @Test
    void shouldCapUtilizationAtOne() {
        Scenario busy = Variable.UTILIZATION.apply(Fixtures.financeCheck(), 0.95);
        Sensitivity.Bar utilization = Sensitivity.analyze(busy, 0.2).orElseThrow().bars().stream()
                .filter(bar -> bar.variable() == Variable.UTILIZATION).findFirst().orElseThrow();

        assertThat(utilization.highValue()).isEqualTo(1.0);
    }

    @Test
    void shouldHaveNothingToAnalyseWithoutACostPerToken() {
        assertThat(Sensitivity.analyze(Fixtures.article(Fixtures.GH200), 0.2)).isEmpty();
    }

    @Test
    void shouldKeepTheInputOutputRatioWhenTheContextVaries() {
        Scenario mixed = Variable.USERS.apply(Fixtures.financeCheck(), 4);
        Scenario split = new Scenario(mixed.model(), new Workload(4, 750, 250), mixed.precision(), mixed.hardware(),
                mixed.deployment(), mixed.finance(), null);

        Workload doubled = Variable.CONTEXT_TOKENS.apply(split, 2_000).workload();

        assertThat(doubled.inputTokens()).isEqualTo(1_500);
        assertThat(doubled.outputTokens()).isEqualTo(500);
    }
}
