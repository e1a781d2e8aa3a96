package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Scenarios naming catalog entries by id. */
@QuarkusTest
class EvaluateCatalogTest {

    private static ValidatableResponse post(String body, int status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluate")
                .then().statusCode(status);
    }

    private static String scenario(String model, String system, String extra) {
        return """
                {"model": %s, "system": %s, "workload": {"users": 16, "contextTokens": 10000}%s}"""
                .formatted(model, system, extra);
    }

    @Test
    void shouldSizeLlama31On8GpuH200ServersFromIds() {
        // 70,553,706,496 parameters × 2 bytes (131.42 GiB) + 48.83 GiB of KV cache, on 141 GiB per chip.
        post(scenario("\"llama-3.1-70b\"", "\"h200-hgx\"", ""), 200)
                .body("model", equalTo("Llama 3.1 70B"))
                .body("memory.weightsBytes", equalTo(141_107_412_992L))
                .body("memory.kvCacheBytesPerToken", equalTo(327_680))
                .body("memory.totalGiB", closeTo(180.2446, 0.0001))
                .body("sizing.chipsExact", closeTo(1.27834, 0.00001))
                .body("sizing.racks", equalTo(1))
                .body("sizing.rackUnit", equalTo("8-GPU server"))
                .body("assumptions.find { it.field == '/model/layers' }.origin", equalTo("catalog"))
                .body("assumptions.find { it.field == '/model/layers' }.confidence", equalTo("verified"));
    }

    @Test
    void shouldCacheOneLatentPerLayerForDeepSeekV3() {
        post(scenario("\"deepseek-v3\"", "\"b200-hgx\"", ""), 200)
                .body("memory.kvCacheBytesPerToken", equalTo(70_272))
                .body("assumptions.find { it.field == '/precision/weights' }.value", equalTo("fp8"))
                .body("assumptions.find { it.field == '/precision/kvCache' }.value", equalTo("bf16"));
    }

    @Test
    void shouldHoldGptOssSlidingLayersToTheirWindow() {
        // 18 layers of 2 × 8 × 64 × 2 B hold 128 tokens, 18 hold all 10,000.
        post(scenario("\"gpt-oss-120b\"", "\"h100-hgx\"", ""), 200)
                .body("memory.kvCacheBytesPerToken", equalTo(73_728))
                .body("memory.kvCacheBytesPerUser", equalTo(2048 * (18 * 128 + 18 * 10_000)));
    }

    @Test
    void shouldLetAFieldOverrideTheCatalogEntry() {
        post(scenario("\"llama-3.1-70b\"", "{\"id\": \"gb200-nvl72\", \"pricePerRackUsd\": 2.9e6}", ""), 200)
                .body("cost.capexUsd", equalTo(2_900_000))
                .body("assumptions.find { it.field == '/system/pricePerRackUsd' }.origin", equalTo("given"))
                .body("assumptions.find { it.field == '/system/powerPerRackKw' }.origin", equalTo("catalog"));
    }

    @Test
    void shouldNameUnverifiedValuesInAWarning() {
        post(scenario("\"llama-3.1-70b\"", "\"gb200-nvl72\"", ""), 200)
                .body("warnings.find { it.code == 'UNVERIFIED_VALUES' }.message",
                        containsString("/system/pricePerRackUsd"));
    }

    @Test
    void shouldUseTheMeasuredThroughputOfTheSameModelAndSystem() {
        post(scenario("\"llama-2-70b\"", "\"h200-hgx\"", ", \"precision\": {\"weights\": \"fp8\"}"), 200)
                .body("throughput.source", equalTo("mlperf-v5.1-0026-server"))
                .body("throughput.tokensPerSecondPerChip", closeTo(33_244.3 / 8, 1e-9))
                .body("throughput.chipsCounted", equalTo(8))
                .body("throughput.tokensPerSecond", closeTo(33_244.3, 1e-6))
                .body("unitEconomics.usdPerMillionTokens", not(nullValue()))
                .body("warnings.code", hasItem("THROUGHPUT_FROM_BENCHMARK"));
    }

    @Test
    void shouldFlagABenchmarkWhoseWorkloadDiffers() {
        post(scenario("\"llama-2-70b\"", "\"h200-hgx\"", ""), 200)
                .body("warnings.find { it.code == 'WORKLOAD_DIFFERS' }.message", containsString("fp8"))
                .body("warnings.find { it.code == 'WORKLOAD_DIFFERS' }.message", containsString("10000"));
    }

    @Test
    void shouldStandInChipPriceAndTdpForAServerWithoutFiguresAndSaySo() {
        post(scenario("\"llama-2-70b\"", "\"h200-hgx\"", ""), 200)
                .body("cost.capexUsd", equalTo(256_000))
                .body("cost.itPowerKw", closeTo(5.6, 1e-9))
                .body("warnings.code", hasItem("PRICE_FROM_CHIP_PRICE"))
                .body("warnings.code", hasItem("POWER_FROM_CHIP_TDP"));
    }

    @Test
    void shouldCheckACatalogPriceById() {
        post(scenario("\"llama-2-70b\"", "\"h200-hgx\"", ", \"workload\": {\"users\": 16, \"inputTokens\": 1000, "
                + "\"outputTokens\": 250}, \"market\": {\"priceId\": \"groq-llama-3.3-70b-versatile\"}")
                .replace("\"workload\": {\"users\": 16, \"contextTokens\": 10000}, ", ""), 200)
                .body("market.usdPerMillionTokens", closeTo(0.8 * 0.59 + 0.2 * 0.79, 1e-12));
    }

    @Test
    void shouldSuggestCloseIdsForAnUnknownModel() {
        post(scenario("\"llama-3.1-71b\"", "\"h200-hgx\"", ""), 422)
                .body("errors[0].field", equalTo("/model/id"))
                .body("errors[0].message", containsString("Did you mean llama-3.1-70b"));
    }

    @Test
    void shouldReportOnlyTheUnknownModelIdNotTheFieldsItsEntryWouldHaveFilled() {
        post(scenario("\"llama-3.1-7b\"", "\"h200-hgx\"", ""), 422)
                .body("errors.field", contains("/model/id"))
                .body("errors[0].message", equalTo("unknown catalog id \"llama-3.1-7b\". Did you mean llama-3.1-8b or "
                        + "llama-3.1-70b or llama-3.3-70b?"));
    }

    @Test
    void shouldReportOnlyTheUnknownSystemIdNotTheFieldsItsEntryWouldHaveFilled() {
        given().when().get("/v1/evaluate?model=llama-3.1-70b&system=h200-hgz&users=max&input=1000&output=200")
                .then().statusCode(422)
                .body("errors.field", contains("/system/id"));
    }

    @Test
    void shouldReportEachUnknownIdAndTheOtherFieldsInError() {
        given().when().get("/v1/evaluate?model=nope&system=nah&users=0&context=8000")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("/model/id", "/system/id", "/workload/users"));
    }

    @Test
    void shouldListKnownIdsWhenNothingIsClose() {
        post(scenario("\"llama-3.1-70b\"", "\"quantum-abacus\"", ""), 422)
                .body("errors[0].field", equalTo("/system/id"))
                .body("errors[0].message", containsString("gb200-nvl72"));
    }

    @Test
    void shouldTakeCatalogIdsAsQueryParameters() {
        given().when().get("/v1/evaluate?model=llama-3.1-70b&system=h200-hgx&users=16&context=10000")
                .then().statusCode(200)
                .body("memory.totalGiB", closeTo(180.2446, 0.0001));
    }
}
