package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The serving model on Llama 3.1 70B-like scenarios on an H200-like chip (141 GiB, 4.8 TB/s, 989 TFLOPS). */
class EstimatorTest {

    private static final Hardware H200 = new Hardware("H200-like", "8-GPU server", 141, 0, 8, 5.6, 256_000.0, 4.8,
            989.0);
    /** NVLink 4: 450 GB/s per chip and direction, 8 chips per domain. */
    private static final double NVLINK_GBPS = 450;
    private static final Calibration PLAUSIBLE = new Calibration(0.8, 0.6, 0.7, 10, 20, 0.6, 1.3, 2, 0.7,
            Calibration.ROOFLINE.band(), "test");

    private static Scenario scenario(Model model, long users, long input, long output) {
        return new Scenario(model, new Workload(users, input, output), Fixtures.FP16, H200,
                new Deployment(1, null, null, CapexBasis.RACK, false, 0), Fixtures.FINANCE_CHECK, null);
    }

    private static Serving serving(Scenario scenario) {
        return Serving.of(scenario.workload(), 8, NVLINK_GBPS);
    }

    private static Estimate estimate(Scenario scenario) {
        return Estimator.estimate(scenario, Calibration.ROOFLINE, serving(scenario)).orElseThrow();
    }

    @Test
    void shouldBeBoundByBandwidthForOneUser() {
        Estimate one = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200));

        // 140 GB of weights (130.4 GiB, one chip) over 4.8 TB/s, plus a little KV: just over 29.2 ms a step.
        assertThat(one.chipsPerInstance()).isEqualTo(1);
        assertThat(one.boundBy()).isEqualTo(Estimate.MEMORY_BANDWIDTH);
        assertThat(one.timePerOutputTokenMs()).isCloseTo(29.2, within(0.2));
        assertThat(one.tokensPerSecondPerUser()).isCloseTo(1000 / one.timePerOutputTokenMs(), within(1e-9));
    }

    @Test
    void shouldTradeInteractivityForThroughputAsTheBatchGrows() {
        Estimate small = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200));
        Estimate large = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 8, 1_000, 200));

        assertThat(large.chipsPerInstance()).isEqualTo(small.chipsPerInstance());
        assertThat(large.outputTokensPerSecond()).isGreaterThan(5 * small.outputTokensPerSecond());
        assertThat(large.tokensPerSecondPerUser()).isLessThan(small.tokensPerSecondPerUser());
    }

    @Test
    void shouldCountTheInterleavedPrefillInTheTimePerOutputToken() {
        // 64 users with 10,000-token prompts and 100-token answers: each step also prefills 6,400 prompt tokens.
        Estimate longPrompts = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 64, 10_000, 100));
        double prefillSeconds = 64 * 10_000 / 100.0 * 2 * 70e9 / (4 * 989e12);

        assertThat(longPrompts.boundBy()).isEqualTo(Estimate.COMPUTE);
        assertThat(longPrompts.timePerOutputTokenMs()).isGreaterThan(prefillSeconds * 1000);
    }

    @Test
    void shouldTakeLongerToTheFirstTokenForALongerPrompt() {
        assertThat(estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 8_000, 200)).timeToFirstTokenMs())
                .isGreaterThan(estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200)).timeToFirstTokenMs());
    }

    @Property(tries = 200)
    void timeToFirstTokenGrowsWithInputAndBatch(@ForAll @IntRange(min = 1, max = 32_000) int input,
            @ForAll @IntRange(min = 1, max = 300) int batch) {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, batch, input, 200);
        Parallelism four = Parallelism.tensor(4, false);
        Serving serving = serving(scenario);
        Serving longer = new Serving(input + 500, 200, null, null, null, false, ServingStack.TUNED, 8, NVLINK_GBPS,
                false);

        double base = Step.of(scenario, PLAUSIBLE, serving, four, batch).timeToFirstTokenSeconds();
        assertThat(Step.of(scenario, PLAUSIBLE, longer, four, batch).timeToFirstTokenSeconds())
                .isGreaterThan(base);
        assertThat(Step.of(scenario, PLAUSIBLE, serving, four, batch + 16).timeToFirstTokenSeconds())
                .isGreaterThan(base);
    }

    @Property(tries = 100)
    void aTighterTargetNeverRaisesThroughputPerChip(@ForAll @DoubleRange(min = 5, max = 400) double targetMs,
            @ForAll @DoubleRange(min = 0.1, max = 0.95) double tighter,
            @ForAll @IntRange(min = 100, max = 8_000) int input, @ForAll boolean onFirstToken) {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 1, input, 300);
        Serving max = serving(scenario).withMaxUsers(true);
        Serving loose = onFirstToken ? max.withTargets(null, targetMs * 20) : max.withTargets(targetMs, null);
        Serving tight = onFirstToken ? max.withTargets(null, targetMs * 20 * tighter)
                : max.withTargets(targetMs * tighter, null);

        double loosePerChip = Estimator.estimate(scenario, PLAUSIBLE, loose)
                .map(Estimate::outputTokensPerSecondPerChip).orElse(0.0);
        double tightPerChip = Estimator.estimate(scenario, PLAUSIBLE, tight)
                .map(Estimate::outputTokensPerSecondPerChip).orElse(0.0);
        assertThat(tightPerChip).isLessThanOrEqualTo(loosePerChip * (1 + 1e-9));
    }

    @Property(tries = 100)
    void parallelDegreesNeverExceedTheChipsCounted(@ForAll @IntRange(min = 1, max = 5_000) int users,
            @ForAll @DoubleRange(min = 8, max = 200) double targetMs) {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, users, 2_000, 500);

        Estimator.estimate(scenario, PLAUSIBLE, serving(scenario).withTargets(targetMs, null)).ifPresent(e -> {
            assertThat(e.chips()).isEqualTo(e.instances() * e.chipsPerInstance());
            assertThat(Math.max(Math.max(e.tensorParallel(), e.expertParallel()), e.pipelineParallel()))
                    .isLessThanOrEqualTo(e.chipsPerInstance());
            assertThat(e.users()).isEqualTo(users);
            assertThat(e.outputTokensPerSecondPerChip() * e.chips()).isCloseTo(e.outputTokensPerSecond(),
                    within(1e-6 * e.outputTokensPerSecond()));
        });
    }

    @Test
    void shouldSpreadUsersOverMoreInstancesToMeetALatencyTarget() {
        Scenario busy = scenario(Fixtures.ARTICLE_LLAMA_70B, 512, 1_000, 200);
        Estimate unconstrained = estimate(busy);
        Estimate fast = Estimator.estimate(busy, Calibration.ROOFLINE, serving(busy).withTargets(25.0, null))
                .orElseThrow();

        assertThat(unconstrained.timePerOutputTokenMs()).isGreaterThan(25);
        assertThat(fast.timePerOutputTokenMs()).isLessThanOrEqualTo(25);
        assertThat(fast.instances()).isGreaterThan(1);
        assertThat(fast.limitedBy()).isEqualTo(Estimate.LIMIT_TPOT);
        assertThat(fast.users()).isEqualTo(512);
    }

    @Test
    void shouldCountTheLastPartlyFilledInstanceAtItsOwnBatch() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 100, 1_000, 200);
        Estimate estimate = Estimator.estimate(scenario, Calibration.ROOFLINE,
                serving(scenario).withParallelism(Parallelism.tensor(1, false))).orElseThrow();
        long full = estimate.users() / estimate.usersPerInstance();

        assertThat(estimate.instances()).isEqualTo(full + 1);
        assertThat(estimate.outputTokensPerSecond()).isLessThan(
                estimate.instances() * estimate.usersPerInstance() / (estimate.timePerOutputTokenMs() / 1000));
    }

    @Test
    void shouldFillMemoryWhenAskedForTheMostUsers() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200);
        Serving max = serving(scenario).withMaxUsers(true).withParallelism(Parallelism.tensor(2, false));
        Estimate estimate = Estimator.estimate(scenario, Calibration.ROOFLINE, max).orElseThrow();

        // 2 × 141 GiB less 140 GB of weights, over 1,200 tokens × 320 KiB per token.
        long expected = (long) ((2 * 141 * Math.pow(1024, 3) - 140e9) / (1_200 * 327_680.0));
        assertThat(estimate.usersPerInstance()).isEqualTo(expected);
        assertThat(estimate.limitedBy()).isEqualTo(Estimate.LIMIT_MEMORY);
    }

    @Test
    void shouldHoldFewerUsersWhenMemoryIsReservedForTheRuntime() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200);
        Scenario reserved = new Scenario(scenario.model(), scenario.workload(), scenario.precision(), H200,
                new Deployment(1, null, null, CapexBasis.RACK, false, 0.1), scenario.finance(), null);
        Parallelism two = Parallelism.tensor(2, false);

        assertThat(Layouts.memoryBatch(reserved, serving(reserved), two))
                .isLessThan(Layouts.memoryBatch(scenario, serving(scenario), two));
    }

    @Test
    void shouldChargeCommunicationForMoreTensorParallelism() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 64, 1_000, 200);
        Serving serving = serving(scenario);
        double two = Step.of(scenario, PLAUSIBLE, serving, Parallelism.tensor(2, false), 64).seconds() * 2;
        double eight = Step.of(scenario, PLAUSIBLE, serving, Parallelism.tensor(8, false), 64).seconds() * 8;

        // Chip-seconds per step: four times the chips do not quite take a quarter of the time.
        assertThat(eight).isGreaterThan(two);
    }

    @Test
    void shouldReadOnlyTheExpertsAMixtureOfExpertsBatchTouches() {
        Model moe = new Model("MoE", 140e9, 14e9, 80, 8192, 64, 8, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)), new Moe(64, 4));
        Model dense = new Model("dense", 140e9, 140e9, 80, 8192, 64, 8, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)));

        // One user with a short prompt: each step routes about one token, to 4 of 64 experts.
        assertThat(estimate(scenario(moe, 1, 100, 1_000)).timePerOutputTokenMs())
                .isLessThan(estimate(scenario(dense, 1, 100, 1_000)).timePerOutputTokenMs() / 5);
        assertThat(Step.touchedExperts(moe, 1)).isCloseTo(4 / 64.0, within(1e-12));
        assertThat(Step.touchedExperts(moe, 1_000)).isCloseTo(1, within(1e-12));
    }

    @Test
    void shouldKeepAWholeLatentCacheOnEveryTensorParallelChipForMla() {
        Model mla = new Model("MLA", 70e9, 70e9, 60, 7168, 128, 128, 128, Attention.mla(512, 64),
                List.of(LayerGroup.fullAttention(60)));

        assertThat(Layouts.kvReplication(mla, 8)).isEqualTo(8);
        assertThat(Layouts.kvReplication(Fixtures.ARTICLE_LLAMA_70B, 8)).isEqualTo(1);
        assertThat(Layouts.kvReplication(Fixtures.ARTICLE_LLAMA_70B, 16)).isEqualTo(2);
    }

    @Test
    void shouldSlowADefaultServingStackByItsFactor() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 16, 1_000, 200);
        Parallelism two = Parallelism.tensor(2, false);
        Serving tuned = serving(scenario).withParallelism(two);

        double tunedTokens = Estimator.estimate(scenario, PLAUSIBLE, tuned).orElseThrow().outputTokensPerSecond();
        double defaultTokens = Estimator.estimate(scenario, PLAUSIBLE, tuned.withStack(ServingStack.DEFAULT))
                .orElseThrow().outputTokensPerSecond();
        assertThat(defaultTokens).isCloseTo(tunedTokens * 0.6, within(1e-6 * tunedTokens));
    }

    @Test
    void shouldWidenTheBandForEachWayAScenarioIsUnlikeTheCalibration() {
        Calibration.ErrorBand band = new Calibration.ErrorBand(0.2,
                java.util.Map.of(Calibration.ErrorBand.MOE, 0.3, Calibration.ErrorBand.SYSTEM, 0.1), 2_000, 40,
                java.util.Set.of("H200-like"));
        Calibration calibration = PLAUSIBLE.withBand(band, "test");
        Model moe = new Model("MoE", 140e9, 14e9, 80, 8192, 64, 8, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)), new Moe(64, 4));

        Estimate dense = Estimator.estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 8, 1_000, 200), calibration,
                serving(scenario(Fixtures.ARTICLE_LLAMA_70B, 8, 1_000, 200))).orElseThrow();
        Estimate mixture = Estimator.estimate(scenario(moe, 8, 1_000, 200), calibration,
                serving(scenario(moe, 8, 1_000, 200))).orElseThrow();

        assertThat(dense.expectedErrorFraction()).isEqualTo(0.2);
        assertThat(dense.errorReasons()).isEmpty();
        assertThat(mixture.expectedErrorFraction()).isCloseTo(Math.sqrt(0.2 * 0.2 + 0.3 * 0.3), within(1e-12));
        assertThat(mixture.errorReasons()).containsExactly("a mixture-of-experts model");
    }

    @Test
    void shouldNotEstimateWithoutBandwidthOrGeneratedTokens() {
        Scenario noOutput = scenario(Fixtures.ARTICLE_LLAMA_70B, 16, 10_000, 0);
        Scenario noBandwidth = Fixtures.article(Fixtures.GH200);

        assertThat(Estimator.estimate(noOutput, Calibration.ROOFLINE, serving(noOutput))).isEmpty();
        assertThat(Estimator.estimate(noBandwidth, Calibration.ROOFLINE, serving(noBandwidth))).isEmpty();
    }

    @Test
    void shouldCountTheSameChipsInSizingCostAndThroughput() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 512, 1_000, 200);
        Scenario estimated = new Scenario(scenario.model(), scenario.workload(), scenario.precision(),
                scenario.hardware(), new Deployment(1, null, ThroughputInput.estimated(PLAUSIBLE,
                        serving(scenario).withTargets(30.0, null)), CapexBasis.CHIP, false, 0), scenario.finance(),
                null);

        Evaluation evaluation = Evaluator.evaluate(estimated);

        assertThat(evaluation.throughput().chipsCounted()).isEqualTo(evaluation.estimate().chips());
        assertThat(evaluation.cost().chipsCosted()).isEqualTo((double) evaluation.estimate().chips());
        assertThat(evaluation.throughput().tokensPerSecond())
                .isCloseTo(evaluation.estimate().outputTokensPerSecond(), within(1e-6));
        assertThat(evaluation.memory().weightsBytes()).isEqualTo(140e9 * evaluation.estimate().instances());
    }

    @Test
    void shouldSayOnlyWhyThereIsNoEstimateWhenThereIsNone() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 64, 1_000, 0);
        Scenario noOutput = new Scenario(scenario.model(), scenario.workload(), scenario.precision(),
                scenario.hardware(), new Deployment(1, null, ThroughputInput.estimated(Calibration.ROOFLINE,
                        serving(scenario)), CapexBasis.RACK, false, 0), scenario.finance(), null);

        assertThat(Evaluator.evaluate(noOutput).warnings()).extracting(Warning::code)
                .containsExactly("ESTIMATE_UNAVAILABLE", "THROUGHPUT_UNKNOWN");
    }

    @Test
    void shouldReEstimateWhenASweepMovesTheRequestLengthsOrTheUsers() {
        Scenario base = scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200);
        Scenario max = new Scenario(base.model(), base.workload(), base.precision(), base.hardware(),
                new Deployment(1, null, ThroughputInput.estimated(PLAUSIBLE, serving(base).withMaxUsers(true)),
                        CapexBasis.CHIP, false, 0), base.finance(), null);
        Evaluation atBase = Evaluator.evaluate(max);

        Evaluation longer = Evaluator.evaluate(Variable.CONTEXT_TOKENS.apply(max, 12_000));
        Evaluation sixteen = Evaluator.evaluate(Variable.USERS.apply(max, 16));

        assertThat(atBase.estimate().users()).isGreaterThan(16);
        assertThat(longer.estimate().outputTokensPerSecondPerChip())
                .isLessThan(atBase.estimate().outputTokensPerSecondPerChip());
        assertThat(sixteen.estimate().users()).isEqualTo(16);
    }
}
