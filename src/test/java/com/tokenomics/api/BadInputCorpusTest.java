package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the bad-input corpus (src/test/resources/bad-input/, see {@link BadInput}) gets a 4xx problem
 * document without a stack trace, and the server is still healthy after all of them.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "at com.", "at java.");
    private static final String JAVA_E_NOTATION = "\\d\\.\\dE-?\\d";

    /** Echoed text is clipped to 80 characters, so a bad input never makes a big answer (the longest: unknown ids). */
    private static final int MAX_PROBLEM_BYTES = 4_096;

    private static RequestSpecification request(BadInput input) {
        // The bytes and the headers exactly as the case gives them: no charset added, no URL re-encoded, and a form
        // content type sent as the bytes given rather than encoded as form fields.
        RequestSpecification request = RestAssured.given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(FORM, ContentType.TEXT)))
                .urlEncodingEnabled(false);
        if (input.contentType() != null) {
            request.contentType(input.contentType());
        }
        if (input.accept() != null) {
            request.accept(input.accept());
        }
        if (input.body() != null) {
            request.body(input.body());
        }
        return request;
    }

    private static void check(BadInput input) throws Exception {
        Response response = request(input).request(input.method(), input.path());
        String body = response.asString();

        if (input.status() != null) {
            assertThat(response.statusCode()).as("status").isEqualTo(input.status());
        } else {
            assertThat(response.statusCode()).as("status").isBetween(400, 499);
        }
        assertThat(body).as("body").doesNotContain(STACK_TRACE_MARKS);
        if (input.problem()) {
            assertThat(response.contentType()).as("content type").startsWith(Problem.MEDIA_TYPE);
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("type").isTextual()).as("type in " + body).isTrue();
            assertThat(problem.path("title").isTextual()).as("title in " + body).isTrue();
            assertThat(problem.path("status").asInt()).as("status in " + body).isEqualTo(response.statusCode());
            assertThat(response.asByteArray().length).as("size of " + body).isLessThanOrEqualTo(MAX_PROBLEM_BYTES);
            assertThat(texts(problem)).as("texts in " + body).allMatch(BadInputCorpusTest::wellFormed);
            assertThat(body).as("numbers written as the docs write them (1e308, not 1.0E308)")
                    .doesNotContainPattern(JAVA_E_NOTATION);
        }
    }

    /** Every field name and string value in a JSON document. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.elements().forEachRemaining(child -> texts.addAll(texts(child)));
        return texts;
    }

    /** No lone surrogate: strict JSON readers refuse a document that carries one. */
    private static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(point -> point >= Character.MIN_SURROGATE
                && point <= Character.MAX_SURROGATE);
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryBadInputWithAProblemAndStayHealthy() {
        Stream<DynamicTest> cases = BadInput.all().stream()
                .map(input -> dynamicTest(input.name(), () -> check(input)));
        Stream<DynamicTest> healthAfterwards = Stream.of(dynamicTest("health is UP after every case", () ->
                RestAssured.given().when().get("/q/health").then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("UP"))));
        return Stream.concat(cases, healthAfterwards);
    }

    @Test
    void shouldKeepAtLeastTwoHundredNamedCasesAndExplainEveryNonProblemAnswer() {
        List<BadInput> cases = BadInput.all();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(cases).extracting(BadInput::name).doesNotHaveDuplicates();
        assertThat(cases).filteredOn(input -> !input.problem())
                .allSatisfy(input -> assertThat(input.why()).isNotBlank())
                .allSatisfy(input -> assertThat(input.status()).isNotNull());
    }
}
