package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How the bought hardware is counted: whole racks, filled racks, the chips' share, too few racks. */
class DeploymentTest {

    private static final ThroughputInput GIVEN_1000 = ThroughputInput.total(1_000.0, Throughput.GIVEN);

    // The article's model needs 2 chips of 144 GiB; the finance rack holds 72 of them.
    private static Evaluation evaluate(Deployment deployment) {
        return Evaluator.evaluate(Fixtures.withDeployment(Fixtures.financeCheck(), deployment));
    }

    @Test
    void shouldWarnWhenAWholeRackIsCostedForAFewChips() {
        Evaluation evaluation = evaluate(new Deployment(1, null, GIVEN_1000, CapexBasis.RACK, false, 0));

        assertThat(evaluation.cost().racksCosted()).isEqualTo(1.0);
        assertThat(evaluation.warnings()).extracting(Warning::code).containsExactly("RACK_PARTLY_USED");
    }

    @Test
    void shouldFillTheRackWithCopiesOfTheDeployment() {
        Evaluation evaluation = evaluate(new Deployment(1, null, GIVEN_1000, CapexBasis.RACK, true, 0));

        assertThat(evaluation.throughput().replicas()).isEqualTo(36);
        assertThat(evaluation.throughput().tokensPerSecond()).isEqualTo(36_000.0);
        assertThat(evaluation.warnings()).isEmpty();
    }

    @Test
    void shouldCountTheChipsCostedWhole() {
        Hardware sevenPerRack = new Hardware("7 chips of 2.95 GiB", Hardware.RACK, 2.95, 0, 7, 10.0, 1_000.0, null,
                null);
        Scenario scenario = new Scenario(Fixtures.ARTICLE_LLAMA_70B, Fixtures.ARTICLE_WORKLOAD, Fixtures.FP16,
                sevenPerRack, new Deployment(1, null, GIVEN_1000, CapexBasis.CHIP, false, 0), Fixtures.FINANCE_CHECK,
                null);

        Cost cost = Evaluator.evaluate(scenario).cost();

        assertThat(cost.chipsCosted()).isEqualTo(61.0);
        assertThat(cost.racksCosted()).isEqualTo(61.0 / 7);
    }

    @Test
    void shouldCostOnlyTheChipsShareOnTheChipBasis() {
        Evaluation evaluation = evaluate(new Deployment(1, null, GIVEN_1000, CapexBasis.CHIP, false, 0));

        assertThat(evaluation.cost().chipsCosted()).isEqualTo(2.0);
        assertThat(evaluation.cost().capexUsd()).isCloseTo(2 * 3e6 / 72, within(1e-6));
        assertThat(evaluation.cost().itPowerKw()).isCloseTo(2 * 120.0 / 72, within(1e-12));
        assertThat(evaluation.warnings()).isEmpty();
    }

    @Test
    void shouldWarnWhenGivenRacksHoldTooFewChips() {
        Scenario sram = new Scenario(Fixtures.ARTICLE_LLAMA_70B, Fixtures.ARTICLE_WORKLOAD, Fixtures.FP16,
                Fixtures.SRAM_RACK, Fixtures.deployment(5, null), Fixtures.FINANCE_CHECK, null);

        assertThat(Evaluator.evaluate(sram).warnings()).extracting(Warning::code).contains("RACKS_TOO_FEW");
    }

    @Test
    void shouldAddTheRuntimeReserveOnTopOfWeightsAndKvCache() {
        Evaluation evaluation = evaluate(new Deployment(1, null, GIVEN_1000, CapexBasis.RACK, false, 0.1));

        assertThat(evaluation.memory().reserveGiB()).isCloseTo(17.9214, within(0.0001));
        assertThat(evaluation.memory().totalGiB()).isCloseTo(192_428_800_000.0 * 1.1 / (1L << 30), within(1e-9));
    }

    @Test
    void shouldMultiplyWeightsByInstances() {
        Evaluation evaluation = evaluate(new Deployment(3, null, GIVEN_1000, CapexBasis.RACK, false, 0));

        assertThat(evaluation.memory().weightsBytes()).isEqualTo(420_000_000_000.0);
        assertThat(evaluation.memory().kvCacheBytes()).isEqualTo(52_428_800_000.0);
    }

    @Test
    void shouldScaleAPerChipRateToEveryChipPaidFor() {
        Evaluation evaluation = evaluate(new Deployment(1, null, ThroughputInput.perChip(500.0, "reference"),
                CapexBasis.RACK, false, 0));

        assertThat(evaluation.throughput().chipsCounted()).isEqualTo(72);
        assertThat(evaluation.throughput().tokensPerSecond()).isEqualTo(36_000.0);
        assertThat(evaluation.throughput().source()).isEqualTo("reference");
        assertThat(evaluation.warnings()).isEmpty();
    }

    @Test
    void shouldScaleAPerChipRateToTheChipsUsedOnTheChipBasis() {
        Evaluation evaluation = evaluate(new Deployment(1, null, ThroughputInput.perChip(500.0, "reference"),
                CapexBasis.CHIP, false, 0));

        assertThat(evaluation.throughput().tokensPerSecond()).isEqualTo(1_000.0);
    }
}
