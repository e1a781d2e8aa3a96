package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The roofline estimator on Llama 3.1 70B-like scenarios on an H200-like chip (141 GiB, 4.8 TB/s, 989 TFLOPS). */
class EstimatorTest {

    private static final Hardware H200 = new Hardware("H200-like", "8-GPU server", 141, 0, 8, 5.6, 256_000.0, 4.8,
            989.0);

    private static Scenario scenario(Model model, long users, long input, long output) {
        return new Scenario(model, new Workload(users, input, output), Fixtures.FP16, H200,
                new Deployment(1, null, null, CapexBasis.RACK, false, 0), Fixtures.FINANCE_CHECK, null);
    }

    private static Estimate estimate(Scenario scenario) {
        return Estimator.estimate(scenario, Calibration.ROOFLINE, null).orElseThrow();
    }

    @Test
    void shouldBeBoundByBandwidthForOneUser() {
        Estimate one = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200));

        // 140 GB of weights (130.4 GiB, one chip) over 4.8 TB/s, plus a little KV: just over 29.2 ms a step.
        assertThat(one.tensorParallel()).isEqualTo(1);
        assertThat(one.boundBy()).isEqualTo(Estimate.MEMORY_BANDWIDTH);
        assertThat(one.timePerOutputTokenMs()).isCloseTo(29.2, within(0.2));
        assertThat(one.tokensPerSecondPerUser()).isCloseTo(1000 / one.timePerOutputTokenMs(), within(1e-9));
    }

    @Test
    void shouldTradeInteractivityForThroughputAsTheBatchGrows() {
        // Eight users still fit one chip, so the batch shares the same bandwidth.
        Estimate small = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200));
        Estimate large = estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 8, 1_000, 200));

        assertThat(large.tensorParallel()).isEqualTo(small.tensorParallel());
        assertThat(large.outputTokensPerSecond()).isGreaterThan(5 * small.outputTokensPerSecond());
        assertThat(large.tokensPerSecondPerUser()).isLessThan(small.tokensPerSecondPerUser());
    }

    @Test
    void shouldBecomeComputeBoundAtAVeryLargeBatch() {
        assertThat(estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 4_000, 100, 100)).boundBy())
                .isEqualTo(Estimate.COMPUTE);
    }

    @Test
    void shouldTakeLongerToTheFirstTokenForALongerPrompt() {
        assertThat(estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 8_000, 200)).timeToFirstTokenMs())
                .isGreaterThan(estimate(scenario(Fixtures.ARTICLE_LLAMA_70B, 1, 1_000, 200)).timeToFirstTokenMs());
    }

    @Test
    void shouldSpreadUsersOverMoreInstancesToMeetALatencyTarget() {
        Hardware roomy = new Hardware("one large chip", "chip", 10_000, 0, 1, 1.0, 1.0, 4.8, 989.0);
        Scenario base = scenario(Fixtures.ARTICLE_LLAMA_70B, 512, 1_000, 200);
        Scenario busy = new Scenario(base.model(), base.workload(), base.precision(), roomy, base.deployment(),
                base.finance(), null);
        Estimate unconstrained = estimate(busy);
        Estimate fast = Estimator.estimate(busy, Calibration.ROOFLINE, 40.0).orElseThrow();

        assertThat(unconstrained.timePerOutputTokenMs()).isGreaterThan(40);
        assertThat(fast.timePerOutputTokenMs()).isLessThanOrEqualTo(40);
        assertThat(fast.instances()).isGreaterThan(1);
        assertThat(fast.usersPerInstance() * fast.instances()).isGreaterThanOrEqualTo(512);
    }

    @Test
    void shouldReadOnlyTheExpertsAMixtureOfExpertsBatchTouches() {
        Model moe = new Model("MoE", 140e9, 14e9, 80, 8192, 64, 8, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)));
        Model dense = new Model("dense", 140e9, 140e9, 80, 8192, 64, 8, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)));

        assertThat(estimate(scenario(moe, 1, 1_000, 200)).timePerOutputTokenMs())
                .isLessThan(estimate(scenario(dense, 1, 1_000, 200)).timePerOutputTokenMs() / 5);
    }

    @Test
    void shouldScaleWithTheCalibrationFactor() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 16, 1_000, 200);
        Estimate half = Estimator.estimate(scenario, new Calibration(0.5, 0, 0.1, "test"), null).orElseThrow();

        assertThat(half.outputTokensPerSecond()).isCloseTo(estimate(scenario).outputTokensPerSecond() / 2,
                within(1e-6));
        assertThat(half.expectedErrorFraction()).isEqualTo(0.1);
    }

    @Test
    void shouldNotEstimateWithoutBandwidthOrGeneratedTokens() {
        Scenario noOutput = scenario(Fixtures.ARTICLE_LLAMA_70B, 16, 10_000, 0);
        Scenario noBandwidth = Fixtures.article(Fixtures.GH200);

        assertThat(Estimator.estimate(noOutput, Calibration.ROOFLINE, null)).isEmpty();
        assertThat(Estimator.estimate(noBandwidth, Calibration.ROOFLINE, null)).isEmpty();
    }

    @Test
    void shouldCostTheEstimateThroughTheEvaluator() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 64, 1_000, 200);
        Scenario estimated = new Scenario(scenario.model(), scenario.workload(), scenario.precision(),
                scenario.hardware(), new Deployment(1, null, ThroughputInput.estimated(Calibration.ROOFLINE, null),
                        CapexBasis.RACK, false, 0), scenario.finance(), null);

        Evaluation evaluation = Evaluator.evaluate(estimated);

        assertThat(evaluation.throughput().source()).isEqualTo(ThroughputInput.ESTIMATED);
        assertThat(evaluation.throughput().tokensPerSecond())
                .isCloseTo(evaluation.estimate().outputTokensPerSecondPerChip() * 8, within(1e-6));
        assertThat(evaluation.unitEconomics()).isNotNull();
        assertThat(evaluation.warnings()).extracting(Warning::message).containsExactly("Throughput estimated by the "
                + "roofline model (calibration factor 1.00, roofline, uncalibrated); expect an error of about ±0 %. "
                + "Give deployment.tokensPerSecond when you have a measured figure.");
    }

    @Test
    void shouldSayOnlyWhyThereIsNoEstimateWhenThereIsNone() {
        Scenario scenario = scenario(Fixtures.ARTICLE_LLAMA_70B, 64, 1_000, 0);
        Scenario noOutput = new Scenario(scenario.model(), scenario.workload(), scenario.precision(),
                scenario.hardware(), new Deployment(1, null, ThroughputInput.estimated(Calibration.ROOFLINE, null),
                        CapexBasis.RACK, false, 0), scenario.finance(), null);

        assertThat(Evaluator.evaluate(noOutput).warnings()).extracting(Warning::code)
                .containsExactly("ESTIMATE_UNAVAILABLE", "THROUGHPUT_UNKNOWN");
    }
}
