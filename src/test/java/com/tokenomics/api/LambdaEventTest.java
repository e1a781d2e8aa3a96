package com.tokenomics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** A raw API Gateway HTTP API (payload v2.0) event through the Lambda handler, as AWS sends it. */
@QuarkusTest
@EnabledIf("lambdaPackaging")
class LambdaEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static boolean lambdaPackaging() {
        try {
            Class.forName("io.quarkus.amazon.lambda.http.LambdaHttpHandler");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String event(String method, String path, String body) {
        ObjectNode event = JSON.createObjectNode()
                .put("version", "2.0").put("routeKey", "$default").put("rawPath", path).put("rawQueryString", "")
                .put("isBase64Encoded", false);
        event.putObject("headers").put("content-type", "application/json").put("accept", "application/json");
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012").put("apiId", "api").put("domainName", "api.example.test")
                .put("requestId", "request-1").put("routeKey", "$default").put("stage", "$default")
                .put("timeEpoch", 1_764_000_000_000L);
        context.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.1").put("userAgent", "test");
        if (body != null) {
            event.put("body", body);
        }
        return event.toString();
    }

    private static JsonNode send(String event) throws Exception {
        String response = given().contentType(ContentType.JSON).body(event)
                .when().post("/_lambda_")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(response);
    }

    @Test
    void shouldEvaluateTheArticleExampleFromAnApiGatewayEvent() throws Exception {
        JsonNode response = send(event("POST", "/v1/evaluate", Requests.ARTICLE_ON_GH200));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        JsonNode evaluation = JSON.readTree(response.get("body").asText());
        assertThat(evaluation.at("/memory/totalGiB").asDouble()).isBetween(179.213, 179.214);
        assertThat(evaluation.at("/sizing/chips").asLong()).isEqualTo(2);
    }

    @Test
    void shouldAnswerBadInputInAnEventWithAProblem() throws Exception {
        JsonNode response = send(event("POST", "/v1/evaluate", "{\"workload\": {\"users\": -1}}"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(422);
        assertThat(response.at("/headers/Content-Type").asText()
                + response.at("/headers/content-type").asText()).contains(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldReturnALargeResponseWholeWithoutTransferEncoding() throws Exception {
        JsonNode response = send(event("GET", "/v1/catalog/models", null));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("headers").has("transfer-encoding")).isFalse();
        JsonNode listing = JSON.readTree(response.get("body").asText());
        assertThat(listing.get("items").size()).isEqualTo(listing.get("count").asInt()).isGreaterThan(15);
    }
}
