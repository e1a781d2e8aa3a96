package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Market checks on the finance-check scenario, whose cost is $1.1913 per million tokens. */
class MarketCheckTest {

    private static MarketCheck check(Market market) {
        return Evaluator.evaluate(Fixtures.withMarket(Fixtures.financeCheck(), market)).market();
    }

    @Test
    void shouldCallAPriceAboveCostSustainable() {
        MarketCheck check = check(Market.blended(2.0));

        assertThat(check.verdict()).isEqualTo(MarketCheck.Verdict.SUSTAINABLE);
        assertThat(check.annualRevenueUsd()).isCloseTo(1_892_160, within(0.01));
        assertThat(check.margin()).isCloseTo(1 - 1.19134 / 2.0, within(0.0001));
        assertThat(check.lossToRevenue()).isZero();
    }

    @Test
    void shouldGiveBreakEvenPriceAndUtilization() {
        MarketCheck check = check(Market.blended(0.5));

        assertThat(check.breakEvenUsdPerMillionTokens()).isCloseTo(1.1913, within(0.00005));
        assertThat(check.breakEvenUtilization()).isCloseTo(1.4296, within(0.0001));
        assertThat(check.verdict()).isEqualTo(MarketCheck.Verdict.UNSUSTAINABLE);
        assertThat(check.verdictText()).contains("no utilization reaches it");
    }

    @Test
    void shouldCallLossesBeyondTenTimesRevenueSevere() {
        MarketCheck check = check(Market.blended(0.1));

        assertThat(check.lossToRevenue()).isCloseTo(10.9134, within(0.0001));
        assertThat(check.verdict()).isEqualTo(MarketCheck.Verdict.SEVERELY_UNSUSTAINABLE);
    }

    @Test
    void shouldBlendInputAndOutputPricesByInputShare() {
        MarketCheck check = check(Market.split(1.0, 3.0, 0.75));

        assertThat(check.usdPerMillionTokens()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void shouldWarnWhenMarketCannotBeCheckedWithoutThroughput() {
        Scenario noThroughput = Fixtures.withDeployment(Fixtures.financeCheck(), Fixtures.deployment(1, null));

        Evaluation evaluation = Evaluator.evaluate(Fixtures.withMarket(noThroughput, Market.blended(1.0)));

        assertThat(evaluation.market()).isNull();
        assertThat(evaluation.warnings()).extracting(Warning::code).contains("MARKET_UNCHECKED");
    }
}
