package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The SnapStart priming hook evaluates the warm-up scenario through the function's own handler. */
@QuarkusTest
class SnapStartPrimingTest {

    @Inject
    SnapStartPriming priming;

    @Test
    void shouldEvaluateTheWarmUpScenarioThroughTheHandler() throws IOException {
        APIGatewayV2HTTPResponse response = priming.prime();

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode answer = new ObjectMapper().readTree(response.getBody());
        assertThat(answer.path("model").asText()).isEqualTo("Llama 3.1 70B");
        assertThat(answer.path("unitEconomics").path("usdPerMillionTokens").isNumber()).isTrue();
    }

    @Test
    void shouldLeaveNothingToReopenAfterARestore() {
        priming.afterRestore(null);

        assertThat(priming.prime().getStatusCode()).isEqualTo(200);
    }
}
