package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.tokenomics.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluateBadInputTest {

    private static ValidatableResponse post(String body, int status) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/evaluate")
                .then().statusCode(status).contentType(Problem.MEDIA_TYPE).body("status", equalTo(status));
    }

    @Test
    void shouldRejectMalformedJsonWithItsPosition() {
        post("{\"model\": ", 400)
                .body("type", equalTo(Problem.MALFORMED_JSON))
                .body("detail", containsString("line 1"));
    }

    @Test
    void shouldRejectANaNLiteral() {
        post("{\"model\": {\"parameters\": NaN}}", 400).body("type", equalTo(Problem.MALFORMED_JSON));
    }

    @Test
    void shouldNotPassOnTheParsersAdviceToItsOwnUsers() {
        post("{\"model\": {\"parameters\": NaN}}", 400)
                .body("detail", equalTo("The body is not valid JSON at line 1, column 29: Non-standard token 'NaN'."));
    }

    @Test
    void shouldRejectANumberLongerThanTheReaderTakesSayingWhy() {
        post("{\"workload\": {\"users\": 1" + "0".repeat(2_000) + "}}", 400)
                .body("type", equalTo(Problem.MALFORMED_JSON))
                .body("detail", equalTo("The body is beyond what this API reads: Number value length (2001) exceeds "
                        + "the maximum allowed (1000)."));
    }

    @Test
    void shouldRejectAWrongTypeWithItsPointer() {
        post("{\"workload\": {\"users\": \"many\"}}", 422)
                .body("errors.find { it.field == '/workload/users' }.message", equalTo("must be a whole number of "
                        + "users from 1 to 100,000,000, or \"max\" for as many as memory and the latency targets "
                        + "allow; got \"many\"."));
    }

    @Test
    void shouldRejectANumberWrittenAsAString() {
        post(Requests.ARTICLE_ON_GH200.replace("\"users\": 16", "\"users\": \"16\""), 422)
                .body("errors[0].field", equalTo("/workload/users"))
                .body("errors[0].message", containsString("or \"max\"") )
                .body("errors[0].message", containsString("got \"16\"."));
    }

    @Test
    void shouldRejectANumberForAFlag() {
        post(Requests.financeCheck().replace("\"deployment\": {", "\"deployment\": {\"fillRacks\": 2, "), 422)
                .body("errors[0].field", equalTo("/deployment/fillRacks"))
                .body("errors[0].message", equalTo("must be true or false; got \"2\"."));
    }

    @Test
    void shouldRejectAFlagForAName() {
        post(Requests.ARTICLE_ON_GH200.replace("\"name\": \"NVIDIA GH200\"", "\"name\": true"), 422)
                .body("errors[0].field", equalTo("/system/name"))
                .body("errors[0].message", equalTo("must be a string; got \"true\"."));
    }

    @Test
    void shouldRejectAnUnknownFieldAndSuggestTheRightOne() {
        post("{\"workload\": {\"userz\": 16}}", 422)
                .body("errors[0].field", equalTo("/workload/userz"))
                .body("errors[0].message", containsString("Did you mean users?"));
    }

    @Test
    void shouldRejectMissingSectionsAllAtOnce() {
        post("{}", 422)
                .body("type", equalTo(Problem.INVALID_INPUT))
                .body("errors.field", equalTo(java.util.List.of("/model", "/workload", "/system")));
    }

    @Test
    void shouldRejectAnEmptyBody() {
        post("", 422).body("errors[0].message", containsString("no scenario"));
    }

    @Test
    void shouldRejectZeroUsersNamingTheUnitAndRange() {
        post(Requests.ARTICLE_ON_GH200.replace("\"users\": 16", "\"users\": 0"), 422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("/workload/users"))
                .body("errors[0].message", equalTo(
                        "must be a whole number from 1 to 100,000,000 (users); got 0."));
    }

    @Test
    void shouldRejectFractionalLayers() {
        post(Requests.ARTICLE_ON_GH200.replace("\"layers\": 80", "\"layers\": 80.5"), 422)
                .body("errors[0].field", equalTo("/model/layers"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void shouldRejectANumberTooLargeForADouble() {
        post(Requests.ARTICLE_ON_GH200.replace("\"contextTokens\": 10000", "\"contextTokens\": 1e400"), 422)
                .body("errors[0].field", equalTo("/workload/contextTokens"))
                .body("errors[0].message", equalTo("must be a whole number from 1 to 1,000,000,000 (tokens); got a "
                        + "number beyond what a double holds (±1.8e308)."));
    }

    @Test
    void shouldRejectUtilizationAboveOne() {
        post(Requests.financeCheck().replace("\"utilization\": 0.6", "\"utilization\": 1.5"), 422)
                .body("errors[0].field", equalTo("/finance/utilization"))
                .body("errors[0].message", containsString("from 0.000001 to 1 (fraction)"));
    }

    @Test
    void shouldRejectPueBelowOne() {
        post(Requests.financeCheck().replace("\"pue\": 1.3", "\"pue\": 0.9"), 422)
                .body("errors[0].field", equalTo("/finance/pue"));
    }

    @Test
    void shouldRejectARackDrawingLessThanOneWatt() {
        post(Requests.financeCheck().replace("\"powerPerRackKw\": 120", "\"powerPerRackKw\": 4.9e-324"), 422)
                .body("errors[0].field", equalTo("/system/powerPerRackKw"))
                .body("errors[0].message", equalTo(
                        "must be a number from 0.001 to 100,000 (kW); got 4.9e-324."));
    }

    @Test
    void shouldRejectARackPriceBelowOneCent() {
        post(Requests.financeCheck().replace("\"pricePerRackUsd\": 3e6", "\"pricePerRackUsd\": 1e-300"), 422)
                .body("errors[0].field", equalTo("/system/pricePerRackUsd"))
                .body("errors[0].message", equalTo("must be 0, or a number from 0.01 to 1,000,000,000,000 (USD); "
                        + "got 1e-300."));
    }

    @Test
    void shouldCostAFreeRackAtNothing() {
        given().contentType(ContentType.JSON)
                .body(Requests.financeCheck().replace("\"pricePerRackUsd\": 3e6", "\"pricePerRackUsd\": 0"))
                .when().post("/v1/evaluate")
                .then().statusCode(200).body("cost.capexUsd", equalTo(0));
    }

    @Test
    void shouldRejectAScenarioNeedingMoreChipsThanCanBeCounted() {
        post("""
                {"model": "llama-3.1-70b", "workload": {"users": 100000000, "contextTokens": 1000000000},
                 "system": {"memoryPerChipGiB": 0.001, "chipsPerRack": 72}}""", 422)
                .body("errors[0].field", equalTo("/workload"))
                .body("errors[0].message", containsString("this calculator sizes up to 1e15 chips"));
    }

    @Test
    void shouldRejectAChipWithoutMemory() {
        post(Requests.ARTICLE_ON_GH200.replace("\"memoryPerChipGiB\": 144", "\"chipsPerRack\": 8"), 422)
                .body("errors[0].field", equalTo("/system/memoryPerChipGiB"));
    }

    @Test
    void shouldRejectLayerGroupsThatDoNotAddUp() {
        post(Requests.ARTICLE_ON_GH200.replace("\"kvHeads\": 8}",
                "\"kvHeads\": 8, \"layerGroups\": [{\"layers\": 40, \"windowTokens\": 4096}]}"), 422)
                .body("errors[0].field", equalTo("/model/layerGroups"))
                .body("errors[0].message", containsString("add up to 40"));
    }

    @Test
    void shouldRejectAnUnknownPrecision() {
        post(Requests.ARTICLE_ON_GH200.replace("\"weights\": \"fp16\"", "\"weights\": \"fp12\""), 422)
                .body("errors[0].field", equalTo("/precision/weights"))
                .body("errors[0].message", containsString("fp32, fp16, bf16"));
    }

    @Test
    void shouldRejectAnUnknownFinancePreset() {
        post(Requests.financeCheck().replace("\"wacc\": 0.08,", "\"preset\": \"cheap\","), 422)
                .body("errors[0].field", equalTo("/finance/preset"))
                .body("errors[0].message", containsString("typical"));
    }

    @Test
    void shouldRejectDuplicateKeys() {
        post("{\"workload\": {\"users\": 1, \"users\": 2}}", 400).body("detail", containsString("users"));
    }

    @Test
    void shouldRejectAnUnknownQueryParameterWithASuggestion() {
        given().when().get("/v1/evaluate?" + Requests.ARTICLE_QUERY + "&userz=3")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("?userz"))
                .body("errors[0].message", containsString("Did you mean users?"));
    }

    @Test
    void shouldRejectANonNumericQueryParameter() {
        given().when().get("/v1/evaluate?" + Requests.ARTICLE_QUERY.replace("users=16", "users=lots"))
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("/workload/users"));
    }

    @Test
    void shouldRejectAFieldSetByTwoOfItsNames() {
        given().when().get("/v1/evaluate?" + Requests.ARTICLE_QUERY + "&contextTokens=9000")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("/workload/contextTokens"))
                .body("errors[0].message", allOf(containsString("query parameters context"),
                        containsString("contextTokens"), endsWith("set the same field; give one of them.")));
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        given().when().get("/v1/nothing-here")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Not Found"));
    }

    @Test
    void shouldRefuseACompressedBodyAsSuch() {
        given().contentType(ContentType.JSON).header("Content-Encoding", "gzip").body(Requests.ARTICLE_ON_GH200)
                .when().post("/v1/evaluate")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Request bodies are not decompressed: send the JSON without "
                        + "Content-Encoding (got \"gzip\")."));
    }

    @Test
    void shouldRejectANonJsonBody() {
        given().contentType(ContentType.TEXT).body("users=16").when().post("/v1/evaluate")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldRefuseABodyOverOneMebibyte() {
        String huge = "{\"model\": {\"name\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}}";
        post(huge, 413).body("detail", containsString("at most 1048576 bytes"));
    }
}
