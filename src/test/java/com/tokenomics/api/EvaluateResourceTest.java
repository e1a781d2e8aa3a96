package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluateResourceTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluate")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void shouldSizeTheArticleExampleOnGh200() {
        post(Requests.ARTICLE_ON_GH200)
                .body("memory.weightsGiB", closeTo(130.385, 0.001))
                .body("memory.kvCacheGiB", closeTo(48.828, 0.001))
                .body("memory.totalGiB", closeTo(179.213, 0.001))
                .body("memory.totalBytes", equalTo(192_428_800_000L))
                .body("sizing.memoryBasis", equalTo("HBM"))
                .body("sizing.chipsExact", closeTo(1.2445, 0.0001))
                .body("sizing.chips", equalTo(2));
    }

    @Test
    void shouldSizeTheArticleExampleOnTheSramRack() {
        post(Requests.ARTICLE_ON_SRAM_RACK)
                .body("sizing.memoryBasis", equalTo("SRAM"))
                .body("sizing.chipsExact", closeTo(716.85, 0.01))
                .body("sizing.chips", equalTo(717))
                .body("sizing.racksExact", closeTo(5.600, 0.001))
                .body("sizing.racks", equalTo(6));
    }

    @Test
    void shouldExplainWhatIsMissingForTheCost() {
        post(Requests.ARTICLE_ON_GH200)
                .body("cost", nullValue())
                .body("unitEconomics", nullValue())
                .body("warnings.code", hasItem("PRICE_UNKNOWN"))
                .body("warnings.code", hasItem("THROUGHPUT_UNKNOWN"));
    }

    @Test
    void shouldNotClaimAnEstimateItCouldNotMake() {
        post("""
                {"model": "llama-3.1-70b", "system": "h200-hgx", "workload": {"users": 64, "contextTokens": 2500}}""")
                .body("throughput", nullValue())
                .body("warnings.code", hasItem("ESTIMATE_UNAVAILABLE"))
                .body("warnings.code", not(hasItem("THROUGHPUT_ESTIMATED")));
    }

    @Test
    void shouldPriceTheFinanceCheckAt1Point1913PerMillionTokens() {
        post(Requests.financeCheck())
                .body("cost.annualCapitalUsd", closeTo(751_369, 1))
                .body("cost.annualEnergyUsd", closeTo(109_325, 1))
                .body("cost.annualHostingUsd", equalTo(266_400))
                .body("cost.annualTotalUsd", closeTo(1_127_094, 1))
                .body("cost.capitalShare", closeTo(0.667, 0.0005))
                .body("cost.energyShare", closeTo(0.097, 0.0005))
                .body("cost.hostingShare", closeTo(0.236, 0.0005))
                .body("unitEconomics.usdPerMillionTokens", closeTo(1.1913, 0.00005));
    }

    @Test
    void shouldJudgeAMarketPriceBelowCost() {
        post(Requests.financeCheckWithMarket("{\"usdPerMillionTokens\": 0.1}"))
                .body("market.verdict", equalTo("SEVERELY_UNSUSTAINABLE"))
                .body("market.lossToRevenue", closeTo(10.913, 0.001))
                .body("market.breakEvenUsdPerMillionTokens", closeTo(1.1913, 0.00005));
    }

    @Test
    void shouldEchoPresetValuesWithTheirSources() {
        post(Requests.ARTICLE_ON_GH200)
                .body("assumptions.find { it.field == '/finance/pue' }.value", equalTo(1.3))
                .body("assumptions.find { it.field == '/finance/pue' }.origin", equalTo("preset"))
                .body("assumptions.find { it.field == '/finance/pue' }.confidence", equalTo("secondary"))
                .body("assumptions.find { it.field == '/workload/users' }.origin", equalTo("given"));
    }

    @Test
    void shouldTakeAFinancePresetByName() {
        post(Requests.financeCheck().replace("\"wacc\": 0.08,", "\"preset\": \"neocloud\","))
                .body("assumptions.find { it.field == '/finance/wacc' }.value", equalTo(0.12))
                .body("cost.capitalRecoveryFactor", closeTo(0.2774, 0.0001));
    }

    @Test
    void shouldEvaluateTheSameScenarioFromQueryParameters() {
        given().when().get("/v1/evaluate?" + Requests.ARTICLE_QUERY)
                .then().statusCode(200)
                .body("memory.totalGiB", closeTo(179.213, 0.001))
                .body("sizing.chipsExact", closeTo(1.2445, 0.0001));
    }

    @Test
    void shouldSizeMlaAndSlidingWindowModelsGivenAsObjects() {
        String deepSeek = """
                {"model": {"parameters": 671e9, "activeParameters": 37e9, "layers": 61, "hiddenSize": 7168,
                           "attentionHeads": 128, "kvHeads": 128,
                           "attention": {"type": "mla", "kvLoraRank": 512, "qkRopeHeadDim": 64}},
                 "workload": {"users": 1, "contextTokens": 1}, "system": {"memoryPerChipGiB": 141}}""";
        post(deepSeek).body("memory.kvCacheBytesPerToken", equalTo(70_272));
    }
}
