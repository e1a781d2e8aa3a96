package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command that reaches the application late (a cold start, the first read of the secret) is answered through its
 * response_url; a local HTTP server stands in for Slack's (the test profile lets replies go to 127.0.0.1).
 */
@QuarkusTest
class SlackResponseUrlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMAND = "llama-3.1-70b on h200 users=64 context=8k public";
    /** Slack sent the command this long ago: more than the budget for a direct answer, within the replay window. */
    private static final long LATE_SECONDS = 4;

    private HttpServer slack;
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private int status = 200;

    @BeforeEach
    void startSlack() throws IOException {
        slack = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slack.createContext("/commands/", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        slack.start();
    }

    @AfterEach
    void stopSlack() {
        slack.stop(0);
    }

    private String responseUrl() {
        return "http://127.0.0.1:" + slack.getAddress().getPort() + "/commands/T0001/1234/5678";
    }

    private static ExtractableResponse<Response> send(long secondsAgo, String responseUrl) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond() - secondsAgo);
        return SlackRequests.signedAt(timestamp, SlackRequests.form(COMMAND, responseUrl))
                .when().post("/slack/commands").then().statusCode(200).extract();
    }

    @Test
    void shouldAnswerDirectlyWithinTheBudget() throws Exception {
        JsonNode reply = JSON.readTree(send(0, responseUrl()).asString());

        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.at("/blocks/1/fields/0/text").asText()).startsWith("*Memory*\n287.7 GiB");
        assertThat(posted).isEmpty();
    }

    @Test
    void shouldPostALateAnswerToTheResponseUrlAndAcknowledgeWithAnEmptyBody() throws Exception {
        ExtractableResponse<Response> acknowledgement = send(LATE_SECONDS, responseUrl());

        assertThat(acknowledgement.asString()).isEmpty();
        assertThat(posted).hasSize(1);
        assertThat(contentTypes).containsExactly("application/json; charset=utf-8");
        JsonNode reply = JSON.readTree(posted.get(0));
        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.at("/blocks/1/fields/0/text").asText()).startsWith("*Memory*\n287.7 GiB");
        assertThat(SlackLimits.violations(reply)).isEmpty();
    }

    @Test
    void shouldAnswerDirectlyWhenTheResponseUrlIsNotSlacks() throws Exception {
        String elsewhere = "http://localhost:" + slack.getAddress().getPort() + "/commands/T0001/1234/5678";

        JsonNode reply = JSON.readTree(send(LATE_SECONDS, elsewhere).asString());

        assertThat(reply.at("/blocks/1/fields/0/text").asText()).startsWith("*Memory*\n287.7 GiB");
        assertThat(posted).isEmpty();
    }

    @Test
    void shouldAnswerDirectlyWhenTheResponseUrlRefusesTheAnswer() throws Exception {
        status = 404;

        JsonNode reply = JSON.readTree(send(LATE_SECONDS, responseUrl()).asString());

        assertThat(posted).hasSize(1);
        assertThat(reply.at("/blocks/1/fields/0/text").asText()).startsWith("*Memory*\n287.7 GiB");
    }
}
