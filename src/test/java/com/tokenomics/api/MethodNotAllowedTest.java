package com.tokenomics.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.AllowedMethods;
import com.tokenomics.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every 405 says which methods the address takes, in the Allow header (RFC 9110 §15.5.6) and in its detail. */
@QuarkusTest
class MethodNotAllowedTest {

    @ParameterizedTest
    @CsvSource({"DELETE, /v1/evaluate", "PUT, /v1/evaluate", "GET, /v1/compare", "DELETE, /v1/sweep",
        "PATCH, /v1/sensitivity", "POST, /v1/catalog/models", "DELETE, /v1/catalog/presets", "POST, /v1/badge.svg",
        "POST, /embed", "PUT, /oembed", "GET, /slack/commands", "DELETE, /slack/commands"})
    void shouldNameTheAllowedMethods(String method, String path) {
        Response response = given().request(method, path);

        assertThat(response.statusCode()).isEqualTo(405);
        // One header line here; the Lambda mock event server hands a comma list on as one line per value.
        assertThat(String.join(", ", response.headers().getValues("Allow")))
                .isEqualTo(AllowedMethods.BY_PATH.get(path));
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(response.jsonPath().getString("detail")).isEqualTo("This address does not take " + method
                + "; it takes " + AllowedMethods.BY_PATH.get(path) + ".");
    }
}
