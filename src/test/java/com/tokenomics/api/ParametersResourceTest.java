package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParametersResourceTest {

    private static final String USERS = "find { it.name == 'users' }";

    private static Response list() {
        return given().when().get("/v1/parameters").then().statusCode(200).extract().response();
    }

    /** Its directives, whether sent as one line (server) or as several (the Lambda mock event server splits them). */
    private static List<String> cacheControl(Response response) {
        return response.headers().getValues("Cache-Control").stream()
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::trim)
                .toList();
    }

    @Test
    void shouldListEveryParameterWithItsRange() {
        given().when().get("/v1/parameters")
                .then().statusCode(200)
                .body("", hasSize(ParameterTable.all().size()))
                .body(USERS + ".field", equalTo("/workload/users"))
                .body(USERS + ".kind", equalTo("number"))
                .body(USERS + ".unit", equalTo("users"))
                .body(USERS + ".min", equalTo(1))
                .body(USERS + ".max", equalTo(100_000_000))
                .body(USERS + ".minInclusive", equalTo(true))
                .body(USERS + ".whole", equalTo(true))
                .body(USERS + ".zeroAllowed", equalTo(false))
                .body(USERS + ".choices", equalTo(List.of("max")))
                .body(USERS + ".default", equalTo("required"))
                .body(USERS + ".allowed", equalTo("a whole number from 1 to 100,000,000 (users), or max"));
    }

    @Test
    void shouldGiveThePueRangeOfTheFinanceCheck() {
        given().when().get("/v1/parameters")
                .then().statusCode(200)
                .body("find { it.name == 'pue' }.min", equalTo(1))
                .body("find { it.name == 'pue' }.max", equalTo(5))
                .body("find { it.name == 'pue' }.whole", equalTo(false))
                .body("find { it.name == 'pue' }.field", equalTo("/finance/pue"));
    }

    @Test
    void shouldNameTheOtherNamesOfContext() {
        given().when().get("/v1/parameters")
                .then().statusCode(200)
                .body("find { it.name == 'context' }.otherNames", equalTo(List.of("contextTokens")))
                .body("find { it.name == 'context' }.field", equalTo("/workload/contextTokens"));
    }

    @Test
    void shouldSayZeroIsAllowedBelowTheSmallestMemory() {
        given().when().get("/v1/parameters")
                .then().statusCode(200)
                .body("find { it.name == 'memoryPerChipGiB' }.zeroAllowed", equalTo(true))
                .body("find { it.name == 'memoryPerChipGiB' }.min", equalTo(0.001));
    }

    @Test
    void shouldGiveATextItsChoicesAndNoRange() {
        given().when().get("/v1/parameters")
                .then().statusCode(200)
                .body("find { it.name == 'capexBasis' }.kind", equalTo("text"))
                .body("find { it.name == 'capexBasis' }.choices", equalTo(List.of("rack", "chip")))
                .body("find { it.name == 'capexBasis' }.default", equalTo("rack"))
                .body("find { it.name == 'capexBasis' }.min", nullValue())
                .body("find { it.name == 'capexBasis' }.max", nullValue())
                .body("find { it.name == 'capexBasis' }.whole", equalTo(false));
    }

    @Test
    void shouldListTheLayerGroupsAsJsonOnly() {
        given().when().get("/v1/parameters")
                .then().statusCode(200)
                .body("find { it.name == 'layerGroups' }.kind", equalTo("list"))
                .body("find { it.name == 'layerGroups' }.field", equalTo("/model/layerGroups"));
    }

    @Test
    void shouldWriteLimitsAsPlainNumbers() {
        // The parameter counts' 1e14 and the prices' 1e-9, not 1.0E14 and 1.0E-9.
        assertThat(list().asString()).contains("\"max\":100000000000000,", "\"min\":0.000000001,");
    }

    @Test
    void shouldLetBrowsersKeepTheListForTenMinutes() {
        assertThat(cacheControl(list())).containsExactly("public", "max-age=600");
    }

    @Test
    void shouldAnswerNotModifiedToACurrentCopy() {
        String etag = list().header("ETag");

        Response notModified = given().header("If-None-Match", etag).when().get("/v1/parameters")
                .then().statusCode(304).header("ETag", equalTo(etag)).extract().response();

        assertThat(cacheControl(notModified)).containsExactly("public", "max-age=600");
    }

    @Test
    void shouldRefuseAQueryParameter() {
        given().when().get("/v1/parameters?name=users")
                .then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("?name"));
    }
}
