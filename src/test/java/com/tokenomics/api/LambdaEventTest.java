package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.web.Problem;
import com.tokenomics.web.RequestHead;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** A raw API Gateway HTTP API (payload v2.0) event through the Lambda handler, as AWS sends it. */
@QuarkusTest
@EnabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging")
class LambdaEventTest {

    private static JsonNode send(String method, String path, String body) {
        ObjectNode event = ApiGatewayEvents.event(method, path, "api.example.test", 1_764_000_000L);
        ((ObjectNode) event.get("headers")).put("content-type", "application/json").put("accept", "application/json");
        if (body != null) {
            event.put("body", body);
        }
        return ApiGatewayEvents.send(event);
    }

    @Test
    void shouldEvaluateTheArticleExampleFromAnApiGatewayEvent() throws Exception {
        JsonNode response = send("POST", "/v1/evaluate", Requests.ARTICLE_ON_GH200);

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        JsonNode evaluation = ApiGatewayEvents.JSON.readTree(response.get("body").asText());
        assertThat(evaluation.at("/memory/totalGiB").asDouble()).isBetween(179.213, 179.214);
        assertThat(evaluation.at("/sizing/chips").asLong()).isEqualTo(2);
    }

    @Test
    void shouldAnswerBadInputInAnEventWithAProblem() throws Exception {
        JsonNode response = send("POST", "/v1/evaluate", "{\"workload\": {\"users\": -1}}");

        assertThat(response.get("statusCode").asInt()).isEqualTo(422);
        assertThat(response.at("/headers/Content-Type").asText()
                + response.at("/headers/content-type").asText()).contains(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldReturnALargeResponseWholeWithoutTransferEncoding() throws Exception {
        JsonNode response = send("GET", "/v1/catalog/models", null);

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("headers").has("transfer-encoding")).isFalse();
        JsonNode listing = ApiGatewayEvents.JSON.readTree(response.get("body").asText());
        assertThat(listing.get("items").size()).isEqualTo(listing.get("count").asInt()).isGreaterThan(15);
    }

    /** API Gateway has read the body; the handler marks it chunked once more, which is no framing to check. */
    @Test
    void shouldLeaveTheFramingOfAnEventToApiGateway() {
        ObjectNode event = ApiGatewayEvents.event("POST", "/v1/evaluate", "api.example.test", 1_764_000_000L);
        ((ObjectNode) event.get("headers")).put("content-type", "application/json")
                .put("transfer-encoding", "chunked");
        event.put("body", Requests.ARTICLE_ON_GH200);

        assertThat(ApiGatewayEvents.send(event).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void shouldNotServeThePageAtAnEncodedDotSegmentPath() {
        JsonNode response = ApiGatewayEvents.send(ApiGatewayEvents.event("GET", "/v1/%2e%2e/index.html",
                "api.example.test", 1_764_000_000L));

        assertThat(response.get("statusCode").asInt()).isEqualTo(404);
        assertThat(response.get("body").asText()).isEqualTo(RequestHead.problem(404, "Not Found",
                RequestHead.NOT_FOUND));
    }
}
