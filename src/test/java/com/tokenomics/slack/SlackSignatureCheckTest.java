package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tokenomics.scenario.FlatScenarioEvaluator;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests that fail the signature check are refused with 401, and nothing of them is evaluated. */
@QuarkusTest
class SlackSignatureCheckTest {

    private static final String BODY = SlackRequests.form("llama-3.1-70b on h200 users=64 context=8k");

    private final CountingEvaluator evaluator = new CountingEvaluator();

    @BeforeEach
    void countEvaluations() {
        QuarkusMock.installMockForType(evaluator, FlatScenarioEvaluator.class);
    }

    @AfterEach
    void shouldHaveEvaluatedNothing() {
        assertThat(evaluator.calls).hasValue(0);
    }

    private static void refused(RequestSpecification request) {
        request.when().post("/slack/commands")
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401)).body("type", equalTo(SlackCommandResource.UNAUTHORIZED));
    }

    private static RequestSpecification at(long epochSecond, String body) {
        String timestamp = String.valueOf(epochSecond);
        return SlackRequests.unsigned(body)
                .header(SlackCommandResource.TIMESTAMP_HEADER, timestamp)
                .header(SlackCommandResource.SIGNATURE_HEADER, SlackRequests.signature(timestamp, body));
    }

    @Test
    void shouldRejectAWrongSignature() {
        refused(SlackRequests.unsigned(BODY)
                .header(SlackCommandResource.TIMESTAMP_HEADER, SlackRequests.now())
                .header(SlackCommandResource.SIGNATURE_HEADER, "v0=" + "0".repeat(64)));
    }

    @Test
    void shouldRejectAStaleTimestamp() {
        refused(at(Instant.now().getEpochSecond() - 301, BODY));
    }

    @Test
    void shouldRejectAFutureTimestamp() {
        refused(at(Instant.now().getEpochSecond() + 301, BODY));
    }

    @Test
    void shouldRejectAMissingSignatureHeader() {
        refused(SlackRequests.unsigned(BODY).header(SlackCommandResource.TIMESTAMP_HEADER, SlackRequests.now()));
    }

    @Test
    void shouldRejectAMissingTimestampHeader() {
        String timestamp = SlackRequests.now();
        refused(SlackRequests.unsigned(BODY)
                .header(SlackCommandResource.SIGNATURE_HEADER, SlackRequests.signature(timestamp, BODY)));
    }

    @Test
    void shouldRejectATamperedBody() {
        String timestamp = SlackRequests.now();
        refused(SlackRequests.unsigned(BODY.replace("users%3D64", "users%3D6400"))
                .header(SlackCommandResource.TIMESTAMP_HEADER, timestamp)
                .header(SlackCommandResource.SIGNATURE_HEADER, SlackRequests.signature(timestamp, BODY)));
    }

    @Test
    void shouldEvaluateOnlyOnceTheSignatureHolds() {
        SlackRequests.signed(BODY).when().post("/slack/commands").then().statusCode(200);

        assertThat(evaluator.calls).hasValue(1);
        evaluator.calls.set(0);
    }
}
