package com.tokenomics.slack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A slash command as API Gateway's HTTP API hands it to Lambda (payload 2.0): the form body base64-encoded, the
 * signature over the decoded bytes. The signature must still hold after the Lambda layer decodes the body.
 */
@QuarkusTest
@EnabledIf("lambdaPackaging")
class SlackLambdaEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static boolean lambdaPackaging() {
        try {
            Class.forName("io.quarkus.amazon.lambda.http.LambdaHttpHandler");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String event(String body, String timestamp, String signature) {
        ObjectNode event = JSON.createObjectNode()
                .put("version", "2.0").put("routeKey", "$default").put("rawPath", "/slack/commands")
                .put("rawQueryString", "").put("isBase64Encoded", true)
                .put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        event.putObject("headers")
                .put("content-type", "application/x-www-form-urlencoded")
                .put("host", "abc123.execute-api.eu-central-1.amazonaws.com")
                .put("x-forwarded-proto", "https")
                .put("x-slack-request-timestamp", timestamp)
                .put("x-slack-signature", signature)
                .put("user-agent", "Slackbot 1.0 (+https://api.slack.com/robots)");
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012").put("apiId", "abc123")
                .put("domainName", "abc123.execute-api.eu-central-1.amazonaws.com")
                .put("requestId", "request-1").put("routeKey", "$default").put("stage", "$default")
                .put("timeEpoch", Long.parseLong(timestamp) * 1_000);
        context.putObject("http").put("method", "POST").put("path", "/slack/commands").put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.1").put("userAgent", "Slackbot 1.0");
        return event.toString();
    }

    private static JsonNode send(String event) throws Exception {
        String response = given().contentType(ContentType.JSON).body(event)
                .when().post("/_lambda_")
                .then().statusCode(200).extract().asString();
        return JSON.readTree(response);
    }

    @Test
    void shouldVerifyAndAnswerABase64EncodedCommand() throws Exception {
        String body = SlackRequests.form("llama-3.1-70b on h200 users=64 context=8k public");
        String timestamp = SlackRequests.now();

        JsonNode response = send(event(body, timestamp, SlackRequests.signature(timestamp, body)));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        String payload = response.get("isBase64Encoded").asBoolean()
                ? new String(Base64.getDecoder().decode(response.get("body").asText()), StandardCharsets.UTF_8)
                : response.get("body").asText();
        JsonNode reply = JSON.readTree(payload);
        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.findValue("url").asText()).isEqualTo("https://abc123.execute-api.eu-central-1.amazonaws.com"
                + "/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }

    @Test
    void shouldRefuseABase64EncodedCommandWithAWrongSignature() throws Exception {
        String body = SlackRequests.form("llama-3.1-70b on h200");

        JsonNode response = send(event(body, SlackRequests.now(), "v0=" + "f".repeat(64)));

        assertThat(response.get("statusCode").asInt()).isEqualTo(401);
    }
}
