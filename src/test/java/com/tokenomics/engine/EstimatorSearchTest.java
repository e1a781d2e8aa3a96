package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The layout and batch search stays bounded at the largest inputs the API allows. */
class EstimatorSearchTest {

    /** A guard against a hang, not a benchmark. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldGiveUpQuicklyOnATargetNoBatchMeetsOnAMillionChipDomain() {
        Model model = new Model("prime heads", 70e9, 70e9, 80, 99_991, 99_991, 1, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)));
        Hardware rack = new Hardware("huge rack", Hardware.RACK, 80, 0, 1_000_000, 100.0, 1e6, 3.35, 989.0);
        Workload workload = new Workload(100_000_000, 1_000, 100);
        Scenario scenario = new Scenario(model, workload, Fixtures.FP16, rack,
                new Deployment(1, null, null, CapexBasis.RACK, false, 0), Fixtures.FINANCE_CHECK, null);

        assertThat(Estimator.estimate(scenario, Calibration.ROOFLINE,
                Serving.of(workload, 1_000_000, 900.0).withTargets(0.001, null))).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldFindTheMostUsersOnAMillionChipDomain() {
        Workload workload = new Workload(1, 1_000, 100);
        Hardware rack = new Hardware("huge rack", Hardware.RACK, 80, 0, 1_000_000, 100.0, 1e6, 3.35, 989.0);
        Scenario scenario = new Scenario(Fixtures.ARTICLE_LLAMA_70B, workload, Fixtures.FP16, rack,
                new Deployment(1, null, null, CapexBasis.RACK, false, 0), Fixtures.FINANCE_CHECK, null);

        assertThat(Estimator.estimate(scenario, Calibration.ROOFLINE,
                Serving.of(workload, 1_000_000, 900.0).withMaxUsers(true).withTargets(50.0, 2_000.0)))
                .hasValueSatisfying(estimate -> assertThat(estimate.users()).isPositive());
    }
}
