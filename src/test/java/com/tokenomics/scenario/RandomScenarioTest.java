package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property tests over the API with random scenarios (see {@link RandomScenarios}): new bodies every run, each through
 * the whole application, the Lambda path by default, plain HTTP with -Pserver; a failure names the body, which
 * replays it. {@link RangeCornersTest} covers the ends of every range more densely without HTTP.
 */
@QuarkusTest
class RandomScenarioTest {

    private static final int SCENARIOS = 400;
    /** Sections that, when present, hold only figures: a null in them is a NaN or an infinity written as null. */
    private static final List<String> FIGURE_SECTIONS = List.of("memory", "sizing", "cost", "unitEconomics",
            "market", "estimate");
    /** Strict: a NaN or Infinity literal in an answer fails to parse. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Response post(String body) {
        return RestAssured.given().contentType(ContentType.JSON).body(body).when().post("/v1/evaluate");
    }

    @Test
    void shouldNeverAnswerARandomScenarioWithAServerError() {
        for (String body : RandomScenarios.bodies(SCENARIOS)) {
            assertThat(post(body).statusCode()).as(body).isBetween(200, 499);
        }
    }

    @Test
    void shouldGiveEveryFigureOfASuccessfulEvaluationAsAFiniteNumber() throws Exception {
        int evaluated = 0;
        for (String body : RandomScenarios.bodies(SCENARIOS)) {
            Response response = post(body);
            if (response.statusCode() != 200) {
                continue;
            }
            evaluated++;
            JsonNode evaluation = JSON.readTree(response.asString());
            for (String section : FIGURE_SECTIONS) {
                JsonNode figures = evaluation.path(section);
                figures.fields().forEachRemaining(field -> assertThat(field.getValue().isNull())
                        .as(section + "." + field.getKey() + " in the answer to " + body).isFalse());
            }
            JsonNode throughput = evaluation.path("throughput");
            if (!throughput.isNull()) {
                assertThat(throughput.path("tokensPerSecond").isNumber()).as("throughput of " + body).isTrue();
            }
        }
        assertThat(evaluated).as("successful evaluations among the random scenarios").isGreaterThan(SCENARIOS / 20);
    }
}
