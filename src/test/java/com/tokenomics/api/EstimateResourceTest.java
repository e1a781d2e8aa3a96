package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The estimator's fields as a caller uses them: a stated deployment, "max" users, targets, stacks. */
@QuarkusTest
class EstimateResourceTest {

    private static ValidatableResponse post(String body, int status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluate")
                .then().statusCode(status).contentType(status == 200 ? "application/json"
                        : "application/problem+json");
    }

    @Test
    void shouldEstimateFourBitWeightsOnAChipWithoutFourBitMath() {
        post("""
                {"model": "gpt-oss-120b", "system": "h100-hgx", "workload": {"users": 64, "inputTokens": 1000,
                 "outputTokens": 1000}, "deployment": {"throughputMethod": "estimate"}}""", 200)
                .body("estimate.outputTokensPerSecondPerChip", greaterThan(0.0))
                .body("assumptions.find { it.field == '/system/peakTflops' }.value", equalTo(1979))
                .body("assumptions.find { it.field == '/system/peakTflops' }.source",
                        containsString("no mxfp4 math"));
    }

    @Test
    void shouldChooseTheUsersWhenAskedForTheMost() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": "max", "inputTokens": 1000,
                 "outputTokens": 294.45, "targetTimePerOutputTokenMs": 50}, "precision": {"weights": "fp8"}}""", 200)
                .body("estimate.users", greaterThan(1))
                .body("memory.kvCacheBytes", greaterThan(0L))
                .body("assumptions.find { it.field == '/workload/users' }.value", equalTo("max"))
                .body("estimate.timePerOutputTokenMs", lessThanOrEqualTo(50.0));
    }

    @Test
    void shouldUseAStatedDeploymentAndEchoIt() {
        post("""
                {"model": "deepseek-r1", "system": "h200-hgx", "workload": {"users": "max", "inputTokens": 1000,
                 "outputTokens": 1000}, "deployment": {"chipsPerInstance": 8, "tensorParallel": 1,
                 "expertParallel": 8, "servingStack": "default"}}""", 200)
                .body("estimate.chipsPerInstance", equalTo(8))
                .body("estimate.tensorParallel", equalTo(1))
                .body("estimate.expertParallel", equalTo(8))
                .body("estimate.attentionDataParallel", equalTo(8))
                .body("estimate.servingStack", equalTo("default"))
                .body("estimate.errorReasons", hasItem("a mixture-of-experts model"))
                .body("assumptions.find { it.field == '/deployment/servingStack' }.value", equalTo("default"))
                .body("assumptions.find { it.field == '/deployment/expertParallel' }.origin", equalTo("given"));
    }

    private static final String CHIPS_COUNTED = """
            {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": 2000, "inputTokens": 1000,
             "outputTokens": 200, "targetTimePerOutputTokenMs": 30}, "deployment": {"capexBasis": "chip"}}""";

    @Test
    void shouldCountTheEstimatesChipsInCostAndThroughput() {
        io.restassured.path.json.JsonPath answer = post(CHIPS_COUNTED, 200).extract().jsonPath();
        int chips = answer.getInt("estimate.chips");

        org.assertj.core.api.Assertions.assertThat(chips).isGreaterThan(8);
        org.assertj.core.api.Assertions.assertThat(answer.getInt("throughput.chipsCounted")).isEqualTo(chips);
        org.assertj.core.api.Assertions.assertThat(answer.getDouble("cost.chipsCosted")).isEqualTo(chips);
        org.assertj.core.api.Assertions.assertThat(answer.getList("warnings.code")).contains("ESTIMATE_CHIPS");
    }

    @Test
    void shouldRejectATensorParallelDegreeThatDoesNotDivideTheHeads() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": 8, "inputTokens": 1000,
                 "outputTokens": 200}, "deployment": {"tensorParallel": 3, "throughputMethod": "estimate"}}""", 422)
                .body("errors[0].field", equalTo("/deployment/tensorParallel"))
                .body("errors[0].message", equalTo("must divide the model's 64 attention heads; got 3."));
    }

    @Test
    void shouldRejectExpertParallelismForADenseModel() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": 8, "inputTokens": 1000,
                 "outputTokens": 200}, "deployment": {"expertParallel": 4}}""", 422)
                .body("errors[0].field", equalTo("/deployment/expertParallel"))
                .body("errors[0].message", containsString("must be 1 for a dense model"));
    }

    @Test
    void shouldRejectMaxUsersBesideAGivenThroughput() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": "max", "contextTokens": 1000},
                 "deployment": {"tokensPerSecond": 5000}}""", 422)
                .body("errors[0].field", equalTo("/workload/users"));
    }

    @Test
    void shouldRejectAnUnknownServingStack() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": 8, "inputTokens": 1000,
                 "outputTokens": 200}, "deployment": {"servingStack": "fast", "throughputMethod": "estimate"}}""", 422)
                .body("errors[0].field", equalTo("/deployment/servingStack"))
                .body("errors[0].message", equalTo("must be tuned or default; got \"fast\"."));
    }

    @Test
    void shouldTakeTheSameDeploymentFromQueryParameters() {
        given().when().get("/v1/evaluate?model=deepseek-r1&system=h200-hgx&users=max&input=1000&output=1000"
                        + "&targetTokensPerSecondPerUser=20&chipsPerInstance=8&tensorParallel=1&expertParallel=8"
                        + "&servingStack=default&targetTimeToFirstTokenMs=5000")
                .then().statusCode(200)
                .body("estimate.attentionDataParallel", equalTo(8))
                .body("estimate.tokensPerSecondPerUser", greaterThan(20.0))
                .body("assumptions.find { it.field == '/workload/targetTimeToFirstTokenMs' }.value",
                        equalTo(5000));
    }

    @Test
    void shouldWarnWhenAStageSpansMoreThanTheScaleUpDomain() {
        post("""
                {"model": "llama-3.1-405b", "system": "gb200-nvl72", "workload": {"users": 512, "inputTokens": 1000,
                 "outputTokens": 200}, "precision": {"weights": "fp4"},
                 "deployment": {"tensorParallel": 128, "throughputMethod": "estimate"}}""", 200)
                .body("estimate.chipsPerInstance", equalTo(128))
                .body("estimate.chips", greaterThan(127))
                .body("warnings.code", hasItem("LAYOUT_BEYOND_SCALE_UP"));
    }

    @Test
    void shouldRejectMaxUsersWithoutGeneratedTokens() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": "max", "contextTokens": 4000}}""",
                422)
                .body("errors[0].field", equalTo("/workload/users"))
                .body("errors[0].message", containsString("needs the generated tokens"));
    }

    @Test
    void shouldBlameTheChipsWhenTheTensorDegreeFollowsFromThem() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": 8, "inputTokens": 1000,
                 "outputTokens": 200}, "deployment": {"chipsPerInstance": 3, "throughputMethod": "estimate"}}""", 422)
                .body("errors[0].field", equalTo("/deployment/chipsPerInstance"))
                .body("errors[0].message", containsString("give tensorParallel too"));
    }

    @Test
    void shouldSayTheUsersCouldNotBeChosenWhenNoLayoutMeetsTheTarget() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": "max", "inputTokens": 1000,
                 "outputTokens": 300, "targetTimePerOutputTokenMs": 0.5}}""", 200)
                .body("warnings.find { it.code == 'ESTIMATE_UNAVAILABLE' }.message",
                        containsString("could not be chosen for \"max\""));
    }

    @Test
    void shouldStopMaxUsersAtTheApisLimitWhenUsersTakeNoMemory() {
        post("""
                {"model": {"parameters": 1e9, "layers": 4, "hiddenSize": 1024, "attentionHeads": 8, "kvHeads": 8,
                           "attention": {"type": "mla", "kvLoraRank": 0, "qkRopeHeadDim": 0}},
                 "workload": {"users": "max", "inputTokens": 1000, "outputTokens": 100},
                 "system": {"memoryPerChipGiB": 192, "chipsPerRack": 72, "memoryBandwidthTBps": 8,
                            "peakTflops": 2250}, "deployment": {"instances": 3}}""", 200)
                .body("estimate.users", lessThanOrEqualTo(100_000_000))
                .body("estimate.outputTokensPerSecond", greaterThan(0.0));
    }

    @Test
    void shouldNotSpreadOneUsersThroughputOverAWholeRack() {
        io.restassured.path.json.JsonPath answer = post("""
                {"model": "llama-3.1-8b", "workload": {"users": 1, "inputTokens": 1000, "outputTokens": 100},
                 "system": {"memoryPerChipGiB": 192, "chipsPerRack": 72, "memoryBandwidthTBps": 8, "peakTflops": 2250,
                            "powerPerRackKw": 120, "pricePerRackUsd": 3e6}}""", 200).extract().jsonPath();

        org.assertj.core.api.Assertions.assertThat(answer.getDouble("throughput.tokensPerSecond"))
                .isEqualTo(answer.getDouble("estimate.outputTokensPerSecond"));
        org.assertj.core.api.Assertions.assertThat(answer.getList("warnings.code")).contains("RACK_PARTLY_USED");
    }

    @Test
    void shouldHoldACopyOfTheExpertsPerExpertParallelGroup() {
        post("""
                {"model": "deepseek-r1", "system": "h200-hgx", "workload": {"users": "max", "inputTokens": 1000,
                 "outputTokens": 1000}, "deployment": {"chipsPerInstance": 8, "tensorParallel": 1,
                 "expertParallel": 1}}""", 200)
                .body("warnings.code", hasItem("ESTIMATE_UNAVAILABLE"));
    }

    @Test
    void shouldSpanTheExpertsWhenOnlyExpertParallelismIsGiven() {
        post("""
                {"model": "deepseek-r1", "system": "h200-hgx", "workload": {"users": "max", "inputTokens": 1000,
                 "outputTokens": 1000}, "deployment": {"expertParallel": 8}}""", 200)
                .body("estimate.chipsPerInstance", equalTo(8))
                .body("estimate.attentionDataParallel", equalTo(8));
    }
}
