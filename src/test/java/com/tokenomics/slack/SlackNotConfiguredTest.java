package com.tokenomics.slack;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a signing secret nothing can be verified, so every request is refused, signed or not. */
@QuarkusTest
@TestProfile(SlackNotConfiguredTest.NoSigningSecret.class)
class SlackNotConfiguredTest {

    public static class NoSigningSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tokenomics.slack.signing-secret", "");
        }
    }

    @Test
    void shouldRefuseEveryRequestWithoutASecret() {
        SlackRequests.command("llama-3.1-70b on h200 users=64 context=8k")
                .when().post("/slack/commands")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(SlackCommandResource.NOT_CONFIGURED))
                .body("detail", containsString("not configured"));
    }
}
