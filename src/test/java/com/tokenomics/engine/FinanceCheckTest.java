package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** docs/design.md §3's worked finance check: $3M rack, 120 kW, 5 y, 8 %, $0.08/kWh, PUE 1.3, $185/kW-month. */
class FinanceCheckTest {

    private final Evaluation evaluation = Evaluator.evaluate(Fixtures.financeCheck());

    @Test
    void shouldRecoverCapitalAt751369PerYear() {
        assertThat(evaluation.cost().capitalRecoveryFactor()).isCloseTo(0.250456, within(0.000001));
        assertThat(evaluation.cost().annualCapitalUsd()).isCloseTo(751_369, within(1.0));
    }

    @Test
    void shouldSpend109325OnEnergyAnd266400OnHosting() {
        assertThat(evaluation.cost().facilityPowerKw()).isCloseTo(156.0, within(1e-9));
        assertThat(evaluation.cost().annualEnergyUsd()).isCloseTo(109_324.8, within(0.01));
        assertThat(evaluation.cost().annualHostingUsd()).isCloseTo(266_400, within(0.01));
    }

    @Test
    void shouldTotal1127094PerYearAndFiveTimesThatOverLife() {
        assertThat(evaluation.cost().annualTotalUsd()).isCloseTo(1_127_094, within(1.0));
        assertThat(evaluation.cost().lifetimeTcoUsd()).isCloseTo(5_635_469, within(5.0));
    }

    @Test
    void shouldCost1Point1913PerMillionTokens() {
        assertThat(evaluation.unitEconomics().tokensPerYear()).isEqualTo(946_080_000_000.0);
        assertThat(evaluation.unitEconomics().usdPerMillionTokens()).isCloseTo(1.1913, within(0.00005));
    }

    @Test
    void shouldCost1Point787PerChipHourOfOwnership() {
        // $1,127,094 a year over 72 chips × 8,760 h, whatever the utilization: comparable with a rental price.
        assertThat(evaluation.cost().usdPerChipHour()).isCloseTo(1.78700, within(0.00001));
    }

    @Test
    void shouldSplitCostIntoSharesOf66Point7And9Point7And23Point6Percent() {
        assertThat(evaluation.cost().capitalShare()).isCloseTo(0.667, within(0.0005));
        assertThat(evaluation.cost().energyShare()).isCloseTo(0.097, within(0.0005));
        assertThat(evaluation.cost().hostingShare()).isCloseTo(0.236, within(0.0005));
    }

    @Test
    void shouldDeriveTokensPerDollarPerWattAndJoulesPerToken() {
        UnitEconomics unit = evaluation.unitEconomics();

        assertThat(unit.tokensPerUsd()).isCloseTo(839_398, within(1.0));
        // per watt of the 156 kW the facility draws
        assertThat(unit.tokensPerUsdPerWatt()).isCloseTo(5.38075, within(0.00001));
        assertThat(unit.joulesPerToken()).isCloseTo(5.2, within(1e-9));
    }

    @Test
    void shouldUseStraightLineRecoveryWhenWaccIsZero() {
        Finance free = new Finance(5, 0, 0.08, 1.3, 185, 0.6, 1.0);

        assertThat(free.capitalRecoveryFactor()).isEqualTo(0.2);
    }

    @Test
    void shouldKeepTheRecoveryFactorFiniteForASubnormalRate() {
        Finance tiny = new Finance(1.01, Double.MIN_VALUE, 0.08, 1.3, 185, 0.6, 1.0);

        assertThat(tiny.capitalRecoveryFactor()).isCloseTo(1 / 1.01, within(1e-12));
    }

    @Test
    void shouldAgreeWithTheTextbookFormulaAtOrdinaryRates() {
        Finance neocloud = new Finance(6, 0.12, 0.08, 1.3, 185, 0.6, 1.0);

        assertThat(neocloud.capitalRecoveryFactor()).isCloseTo(0.12 / (1 - Math.pow(1.12, -6)), within(1e-15));
    }
}
