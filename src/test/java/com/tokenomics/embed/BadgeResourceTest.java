package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

@QuarkusTest
class BadgeResourceTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    /** The design's finance check: $3M and 120 kW per rack, 50,000 tokens/s at 60 % → $1.1913 per million. */
    private static RequestSpecification financeCheck() {
        return given()
                .queryParam("parameters", "70e9").queryParam("layers", "80").queryParam("hiddenSize", "8192")
                .queryParam("attentionHeads", "64").queryParam("kvHeads", "8")
                .queryParam("users", "16").queryParam("context", "10000").queryParam("weights", "fp16")
                .queryParam("memoryPerChipGiB", "144").queryParam("chipsPerRack", "72")
                .queryParam("powerPerRackKw", "120").queryParam("pricePerRackUsd", "3e6").queryParam("racks", "1")
                .queryParam("tokensPerSecond", "50000").queryParam("utilization", "0.6");
    }

    private static ExtractableResponse<Response> badge(RequestSpecification request, int status) {
        return request.when().get("/v1/badge.svg").then().statusCode(status).extract();
    }

    private static Document svg(ExtractableResponse<Response> response) throws Exception {
        return Svg.parse(response.asString());
    }

    @Test
    void shouldShowTheCostPerMillionTokensInAWellFormedSvg() throws Exception {
        Document badge = svg(badge(financeCheck(), 200));

        assertThat(badge.getDocumentElement().getNamespaceURI()).isEqualTo(Svg.NAMESPACE);
        assertThat(Svg.texts(badge, "text")).contains("cost / 1M tokens", "$1.191");
        assertThat(Svg.texts(badge, "title")).containsExactly("cost / 1M tokens: $1.191");
    }

    @Test
    void shouldServeTheBadgeAsSvgThatCachesCanKeepForFiveMinutes() {
        ExtractableResponse<Response> response = financeCheck().when().get("/v1/badge.svg")
                .then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .extract();

        assertThat(HeaderLists.values(response.headers(), "Cache-Control")).containsExactly("public", "max-age=300");
        assertThat(response.header("ETag")).matches("\"[0-9a-f]{32}\"");
    }

    @Test
    void shouldAnswerNotModifiedWhenTheClientHasThisBadge() {
        String etag = badge(financeCheck(), 200).header("ETag");

        financeCheck().header("If-None-Match", etag).when().get("/v1/badge.svg")
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void shouldGiveADifferentBadgeADifferentETag() {
        String cost = badge(financeCheck(), 200).header("ETag");
        String memory = badge(financeCheck().queryParam("metric", "totalGiB"), 200).header("ETag");

        assertThat(memory).isNotEqualTo(cost);
        financeCheck().queryParam("metric", "totalGiB").header("If-None-Match", cost)
                .when().get("/v1/badge.svg").then().statusCode(200);
    }

    @Test
    void shouldShowTheTotalMemory() throws Exception {
        Document badge = svg(badge(financeCheck().queryParam("metric", "totalGiB"), 200));

        assertThat(Svg.texts(badge, "text")).contains("memory", "179.2 GiB");
    }

    @Test
    void shouldShowTokensPerDollarPerWatt() throws Exception {
        Document badge = svg(badge(financeCheck().queryParam("metric", "tokensPerUsdPerWatt"), 200));

        assertThat(Svg.texts(badge, "text")).contains("tokens / $ / W", "5.38");
    }

    @Test
    void shouldTakeTheLabelGiven() throws Exception {
        Document badge = svg(badge(financeCheck().queryParam("label", "Llama on GB200"), 200));

        assertThat(Svg.texts(badge, "text")).contains("Llama on GB200", "$1.191");
    }

    @Test
    void shouldColourTheCostByTheMarketVerdict() {
        String losing = badge(financeCheck().queryParam("price", "0.9"), 200).asString();
        String covering = badge(financeCheck().queryParam("price", "2"), 200).asString();

        assertThat(losing).contains("fill=\"" + Badge.ORANGE + "\"");
        assertThat(covering).contains("fill=\"" + Badge.GREEN + "\"");
    }

    @Test
    void shouldSayNotAvailableWhenTheScenarioCannotGiveTheFigure() throws Exception {
        Document badge = svg(badge(given().queryParam("model", "llama-3.1-70b").queryParam("system", "gb200-nvl72")
                .queryParam("users", "64").queryParam("input", "8000").queryParam("output", "0"), 200));

        assertThat(Svg.texts(badge, "text")).contains(BadgeResource.UNKNOWN_VALUE);
    }

    @Test
    void shouldEscapeAScriptInTheBadgeLabel() throws Exception {
        ExtractableResponse<Response> response = badge(financeCheck().queryParam("label", SCRIPT), 200);

        Document badge = svg(response);
        assertThat(Svg.count(badge, "script")).isZero();
        assertThat(Svg.texts(badge, "text")).contains(SCRIPT);
        assertThat(response.asString()).doesNotContain("<script");
    }

    @Test
    void shouldEscapeQuotesInTheLabelThatEndsUpInAnAttribute() throws Exception {
        Document badge = svg(badge(financeCheck().queryParam("label", "\" onload=\"alert(1)"), 200));

        assertThat(badge.getDocumentElement().hasAttribute("onload")).isFalse();
        assertThat(badge.getDocumentElement().getAttribute("aria-label")).startsWith("\" onload=\"alert(1)");
    }

    @Test
    void shouldEscapeAScriptInTheModelOfAnInvalidScenario() throws Exception {
        ExtractableResponse<Response> response = badge(financeCheck().queryParam("model", SCRIPT), 422);

        Document badge = svg(response);
        assertThat(Svg.count(badge, "script")).isZero();
        assertThat(response.asString()).doesNotContain("<script");
        assertThat(Svg.texts(badge, "text")).contains(BadgeResource.INVALID_SCENARIO);
    }

    @Test
    void shouldClipALongLabel() throws Exception {
        Document badge = svg(badge(financeCheck().queryParam("label", "x".repeat(500)), 200));

        assertThat(Svg.texts(badge, "text").get(0)).isEqualTo("x".repeat(Badge.MAX_TEXT_CODE_POINTS) + "…");
    }

    @Test
    void shouldAnswerAnInvalidScenarioWithABadgeSayingSo() throws Exception {
        ExtractableResponse<Response> response = badge(financeCheck().queryParam("users", "0"), 422);

        assertThat(response.contentType()).startsWith("image/svg+xml");
        assertThat(Svg.texts(svg(response), "text")).contains("tokenomics", BadgeResource.INVALID_SCENARIO);
    }

    @Test
    void shouldAnswerAnInvalidScenarioWithAProblemForJsonClients() {
        financeCheck().queryParam("users", "0").accept("application/json")
                .when().get("/v1/badge.svg")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("/workload/users"));
    }

    @Test
    void shouldAnswerAnInvalidScenarioWithAProblemForProblemJsonClients() {
        financeCheck().queryParam("users", "0").accept("application/problem+json")
                .when().get("/v1/badge.svg")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"));
    }

    @Test
    void shouldAnswerAnImageRequestWithABadgeWhateverElseItAccepts() {
        financeCheck().queryParam("users", "0")
                .accept("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")
                .when().get("/v1/badge.svg")
                .then().statusCode(422)
                .contentType(startsWith("image/svg+xml"));
    }

    @Test
    void shouldNameTheMetricsThereAreForAnUnknownOne() {
        financeCheck().queryParam("metric", "profit").accept("application/json")
                .when().get("/v1/badge.svg")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("?metric"))
                .body("errors[0].message", startsWith("must be one of usdPerMillionTokens, tokensPerUsdPerWatt"));
    }
}
