package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Headers;
import org.junit.jupiter.api.Test;

/** A pricing page's own script may call the read-only JSON API from any origin, without credentials. */
@QuarkusTest
class CorsTest {

    private static final String PRICING_PAGE = "https://pricing.example";
    private static final String SCENARIO = "model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000";

    @Test
    void shouldAnswerAPreflightWithTheApiGatewayPolicy() {
        Headers headers = given().header("Origin", PRICING_PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/v1/evaluate")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PRICING_PAGE))
                .header("Access-Control-Max-Age", equalTo("86400"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .extract().headers();

        assertThat(HeaderLists.values(headers, "Access-Control-Allow-Methods"))
                .containsExactly("HEAD", "GET", "POST", "OPTIONS");
        assertThat(HeaderLists.values(headers, "Access-Control-Allow-Headers")).containsExactly("Content-Type");
    }

    @Test
    void shouldLetAnotherOriginReadAGetEvaluation() {
        given().header("Origin", PRICING_PAGE)
                .when().get("/v1/evaluate?" + SCENARIO)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PRICING_PAGE))
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void shouldLetAnotherOriginCheckAnAddressWithHead() {
        given().header("Origin", PRICING_PAGE)
                .when().head("/v1/evaluate?" + SCENARIO)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PRICING_PAGE));
    }

    @Test
    void shouldLetAnotherOriginReadAPostEvaluation() {
        given().header("Origin", PRICING_PAGE).contentType(ContentType.JSON)
                .body("""
                        {"model": "llama-3.1-70b", "system": "gb200-nvl72",
                         "workload": {"users": 64, "contextTokens": 8000}}""")
                .when().post("/v1/evaluate")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PRICING_PAGE))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void shouldLetAnotherOriginReadAProblem() {
        given().header("Origin", PRICING_PAGE)
                .when().get("/v1/evaluate?users=0")
                .then().statusCode(422)
                .header("Access-Control-Allow-Origin", equalTo(PRICING_PAGE));
    }

    @Test
    void shouldRefuseAMethodOutsideThePolicy() {
        given().header("Origin", PRICING_PAGE)
                .when().delete("/v1/evaluate")
                .then().statusCode(403);
    }
}
