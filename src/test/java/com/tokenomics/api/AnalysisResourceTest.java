package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalysisResourceTest {

    private static final String SCENARIO = """
            {"model": "llama-3.1-70b", "system": "gb200-nvl72",
             "workload": {"users": 64, "inputTokens": 2000, "outputTokens": 500}}""";

    private static ValidatableResponse post(String path, String body, int status) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(status);
    }

    @Test
    void shouldRankSystemsByCostPerMillionTokensAndExplainTheRanking() {
        List<Double> costs = post("/v1/compare", """
                {"scenario": %s, "systems": ["h200-hgx", "gb200-nvl72", "b200-hgx"]}""".formatted(SCENARIO), 200)
                .body("rankedBy", equalTo("usdPerMillionTokens"))
                .body("entries.rankByCost", equalTo(List.of(1, 2, 3)))
                .body("explanations", hasSize(3))
                .body("explanations[0]", containsString("more than"))
                .body("explanations[2]", containsString("Estimated throughputs, whose band the cost per token "
                        + "carries: NVIDIA"))
                .body("explanations[2]", containsString("tokens/s per chip ±"))
                .extract().jsonPath().getList("entries.evaluation.unitEconomics.usdPerMillionTokens", Double.class);

        assertThat(costs).isSorted();
    }

    @Test
    void shouldListASystemWithoutACostLastAndUnranked() {
        post("/v1/compare", """
                {"scenario": %s, "systems": ["article-sram-rack", "h200-hgx"]}""".formatted(SCENARIO), 200)
                .body("entries[1].label", containsString("SRAM"))
                .body("entries[1].rankByCost", nullValue())
                .body("explanations[0]", containsString("not ranked"));
    }

    @Test
    void shouldCompareWithAFreeSystemWithoutARatioAndRankItMostEfficient() {
        post("/v1/compare", """
                {"scenario": {"model": "llama-3.1-70b", "workload": {"users": 64, "contextTokens": 1000},
                  "deployment": {"tokensPerSecond": 5000},
                  "finance": {"electricityUsdPerKwh": 0, "hostingUsdPerKwMonth": 0}},
                 "systems": [{"id": "h200-hgx", "pricePerRackUsd": 0}, "gb200-nvl72"]}""", 200)
                .body("entries.label", equalTo(List.of("NVIDIA HGX H200 (8x H200 SXM)", "NVIDIA GB200 NVL72")))
                .body("entries.rankByTokensPerUsdPerWatt", equalTo(List.of(1, 2)))
                .body("entries[0].evaluation.unitEconomics.tokensPerUsdPerWatt", nullValue())
                .body("explanations[0]", equalTo("NVIDIA GB200 NVL72 costs $7.9419 per million tokens; NVIDIA HGX "
                        + "H200 (8x H200 SXM) costs nothing a year (its hardware, power and hosting are free), so no "
                        + "ratio compares them."));
    }

    @Test
    void shouldPointIntoTheEntryThatIsInvalid() {
        post("/v1/compare", """
                {"scenario": %s, "systems": ["h200-hgx", "h999"]}""".formatted(SCENARIO), 422)
                .body("errors[0].field", equalTo("/systems/1"));
    }

    @Test
    void shouldPointIntoTheFieldOfASystemGivenAsAnObject() {
        post("/v1/compare", """
                {"scenario": %s, "systems": ["h200-hgx", {"id": "gh200", "chipsPerRack": 0}]}"""
                .formatted(SCENARIO), 422)
                .body("errors[0].field", equalTo("/systems/1/chipsPerRack"));
    }

    @Test
    void shouldPointIntoTheSharedScenarioForItsOwnFields() {
        post("/v1/compare", """
                {"scenario": {"model": "llama-3.1-70b", "workload": {"users": -1, "contextTokens": 8000}},
                 "systems": ["h200-hgx", "gh200"]}""", 422)
                .body("errors[0].field", equalTo("/scenario/workload/users"));
    }

    @Test
    void shouldRejectMoreThanTenSystems() {
        post("/v1/compare", """
                {"scenario": %s, "systems": ["h200-hgx","h200-hgx","h200-hgx","h200-hgx","h200-hgx","h200-hgx",
                 "h200-hgx","h200-hgx","h200-hgx","h200-hgx","h200-hgx"]}""".formatted(SCENARIO), 422)
                .body("errors[0].message", containsString("2 to 10"));
    }

    @Test
    void shouldSweepUsersAndShowTheEconomicsOfBatching() {
        List<Double> costs = post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "users", "from": 1, "to": 256, "points": 9,
                 "scale": "log"}]}""".formatted(SCENARIO), 200)
                .body("count", equalTo(9))
                .body("points[0].values.users", equalTo(1))
                .body("points[8].values.users", equalTo(256))
                .extract().jsonPath().getList("points.usdPerMillionTokens", Double.class);

        assertThat(costs.get(8)).isLessThan(costs.get(0) / 10);
    }

    @Test
    void shouldNeverLowerMemoryAsUsersGrow() {
        List<Double> memory = post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "users", "from": 1, "to": 1000, "points": 50}]}"""
                .formatted(SCENARIO), 200)
                .extract().jsonPath().getList("points.totalGiB", Double.class);

        assertThat(memory).isSorted();
    }

    @Test
    void shouldNeverRaiseCostPerTokenAsUtilizationGrows() {
        List<Double> costs = post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "utilization", "from": 0.05, "to": 1, "points": 20}]}"""
                .formatted(SCENARIO), 200)
                .extract().jsonPath().getList("points.usdPerMillionTokens", Double.class);

        assertThat(costs).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldStepALinearSweepThroughTheValuesAPersonWouldType() {
        List<Double> utilizations = post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "utilization", "from": 0.5, "to": 1, "points": 6}]}"""
                .formatted(SCENARIO), 200)
                .extract().jsonPath().getList("points.values.utilization", Double.class);

        // The binary weighted sum gives 0.6000000000000001 for the second point.
        assertThat(utilizations).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    }

    @Test
    void shouldEndADescendingSweepExactlyWhereItWasAsked() {
        List<Double> rates = post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "tokensPerSecond", "from": 1e13, "to": 0.000001,
                 "points": 3}]}""".formatted(SCENARIO), 200)
                .body("points.usdPerMillionTokens.findAll { it == null }", hasSize(0))
                .extract().jsonPath().getList("points.values.tokensPerSecond", Double.class);

        assertThat(rates).containsExactly(1e13, 5e12, 1e-6);
    }

    @Test
    void shouldKeepALogSweepWithinItsEnds() {
        List<Double> years = post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "depreciationYears", "from": 0.001, "to": 50,
                 "points": 7, "scale": "log"}]}""".formatted(SCENARIO), 200)
                .extract().jsonPath().getList("points.values.depreciationYears", Double.class);

        assertThat(years).first().isEqualTo(0.001);
        assertThat(years).last().isEqualTo(50.0);
        assertThat(years).isSorted().allSatisfy(value -> assertThat(value).isBetween(0.001, 50.0));
    }

    @Test
    void shouldRejectASweepThroughTheGapBetweenZeroAndTheSmallestPrice() {
        post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "pricePerRackUsd", "from": 0, "to": 0.02, "points": 5}]}"""
                .formatted(SCENARIO), 422)
                .body("errors[0].field", equalTo("/vary/0/points"))
                .body("errors[0].message", equalTo("point 2 would be 0.005, and pricePerRackUsd must be 0, or a "
                        + "number from 0.01 to 1,000,000,000,000 (USD): keep the range at or above 0.01, or give values."));
    }

    @Test
    void shouldRejectTheSameInputOnBothAxes() {
        post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "users", "values": [1, 3]},
                 {"parameter": "users", "values": [2, 4]}]}""".formatted(SCENARIO), 422)
                .body("errors[0].field", equalTo("/vary/1/parameter"))
                .body("errors[0].message", containsString("is swept by /vary/0 already"));
    }

    @Test
    void shouldSweepTwoInputsAsAGrid() {
        post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "users", "values": [8, 64]},
                 {"parameter": "price", "values": [0.5, 1, 2]}]}""".formatted(SCENARIO), 200)
                .body("parameters", equalTo(List.of("users", "price")))
                .body("count", equalTo(6))
                .body("points[5].values.price", equalTo(2));
    }

    @Test
    void shouldRejectASweepOfMoreThanAThousandPoints() {
        post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "users", "from": 1, "to": 100, "points": 100},
                 {"parameter": "utilization", "from": 0.1, "to": 1, "points": 11}]}""".formatted(SCENARIO), 422)
                .body("errors[0].message", containsString("at most 1000"));
    }

    @Test
    void shouldRejectAnUnknownSweepParameterWithASuggestion() {
        post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "user", "from": 1, "to": 8, "points": 2}]}"""
                .formatted(SCENARIO), 422)
                .body("errors[0].field", equalTo("/vary/0/parameter"))
                .body("errors[0].message", containsString("Did you mean users"));
    }

    @Test
    void shouldRejectSweepValuesOutsideTheFieldsRange() {
        post("/v1/sweep", """
                {"scenario": %s, "vary": [{"parameter": "utilization", "values": [0.5, 1.5]}]}"""
                .formatted(SCENARIO), 422)
                .body("errors[0].field", equalTo("/vary/0/values/1"));
    }

    @Test
    void shouldRejectASweepReachingMoreChipsThanCanBeCounted() {
        post("/v1/sweep", """
                {"scenario": {"model": "llama-3.1-70b", "workload": {"users": 1, "contextTokens": 1000000000},
                 "system": {"memoryPerChipGiB": 0.001, "chipsPerRack": 72}},
                 "vary": [{"parameter": "users", "values": [1, 100000000]}]}""", 422)
                .body("errors[0].field", equalTo("/vary"))
                .body("errors[0].message", containsString("at users = 100,000,000, the scenario needs 3.05e+13 GiB"));
    }

    @Test
    void shouldSortTheTornadoByItsSwing() {
        List<Double> swings = post("/v1/sensitivity", """
                {"scenario": %s, "deltaPercent": 10}""".formatted(SCENARIO), 200)
                .body("deltaPercent", equalTo(10))
                .body("inputs[0].field", containsString("/"))
                .extract().jsonPath().getList("inputs.swingUsdPerMillionTokens", Double.class);

        assertThat(swings).hasSizeGreaterThanOrEqualTo(8).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldRefuseATornadoWithoutACostPerToken() {
        post("/v1/sensitivity", "{\"scenario\": " + Requests.ARTICLE_ON_GH200 + "}", 422)
                .body("errors[0].message", containsString("no cost per token"));
    }

    @Test
    void shouldMeetALatencyTargetWithMoreChipsPerInstance() {
        post("/v1/evaluate", """
                {"model": "llama-3.1-70b", "system": "h200-hgx",
                 "workload": {"users": 256, "inputTokens": 1000, "outputTokens": 200,
                              "targetTimePerOutputTokenMs": 15}}""", 200)
                .body("throughput.source", equalTo("estimated"))
                .body("estimate.timePerOutputTokenMs", org.hamcrest.Matchers.lessThanOrEqualTo(15.0))
                // Memory alone needs 2 chips per instance, whose step is about 18 ms.
                .body("estimate.tensorParallel", org.hamcrest.Matchers.greaterThan(2));
    }
}
