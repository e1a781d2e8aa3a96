package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.api.ApiGatewayEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A slash command as API Gateway's HTTP API hands it to Lambda (payload 2.0): the form body base64-encoded, the
 * signature over the decoded bytes. The signature must still hold after the Lambda layer decodes the body.
 */
@QuarkusTest
@EnabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging")
class SlackLambdaEventTest {

    private static JsonNode send(String body, String timestamp, String signature) {
        ObjectNode event = ApiGatewayEvents.event("POST", "/slack/commands",
                "abc123.execute-api.eu-central-1.amazonaws.com", Long.parseLong(timestamp));
        event.put("isBase64Encoded", true)
                .put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        ((ObjectNode) event.get("headers"))
                .put("content-type", "application/x-www-form-urlencoded")
                .put("x-forwarded-proto", "https")
                .put("x-forwarded-host", "evil.example")
                .put("x-slack-request-timestamp", timestamp)
                .put("x-slack-signature", signature)
                .put("user-agent", "Slackbot 1.0 (+https://api.slack.com/robots)");
        return ApiGatewayEvents.send(event);
    }

    @Test
    void shouldVerifyAndAnswerABase64EncodedCommand() throws Exception {
        String body = SlackRequests.form("llama-3.1-70b on h200 users=64 context=8k public");
        String timestamp = SlackRequests.now();

        JsonNode response = send(body, timestamp, SlackRequests.signature(timestamp, body));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        String payload = response.get("isBase64Encoded").asBoolean()
                ? new String(Base64.getDecoder().decode(response.get("body").asText()), StandardCharsets.UTF_8)
                : response.get("body").asText();
        JsonNode reply = ApiGatewayEvents.JSON.readTree(payload);
        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        // Without the public URL the stack sets, the event's Host: the forwarding headers, which a client may have
        // sent through API Gateway, are not trusted.
        assertThat(reply.findValue("url").asText()).isEqualTo("http://abc123.execute-api.eu-central-1.amazonaws.com"
                + "/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }

    @Test
    void shouldRefuseABase64EncodedCommandWithAWrongSignature() throws Exception {
        String body = SlackRequests.form("llama-3.1-70b on h200");

        JsonNode response = send(body, SlackRequests.now(), "v0=" + "f".repeat(64));

        assertThat(response.get("statusCode").asInt()).isEqualTo(401);
    }
}
