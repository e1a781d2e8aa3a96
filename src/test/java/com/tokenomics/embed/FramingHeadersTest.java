package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Only the widget may be framed by other sites; the calculator, the API and everything else may not. */
@QuarkusTest
class FramingHeadersTest {

    @Test
    void shouldForbidFramingTheCalculatorPage() {
        given().when().get("/")
                .then()
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void shouldForbidFramingTheApi() {
        given().when().get("/v1/evaluate?model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000")
                .then().statusCode(200)
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void shouldForbidFramingAnAddressThatDoesNotExist() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void shouldLetAnySiteFrameTheWidget() {
        given().when().get("/embed?model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("X-Frame-Options", nullValue());
    }

    @Test
    void shouldLetTheWidgetRunOnlyItsOwnScriptAndTalkOnlyToItsOwnOrigin() {
        given().when().get("/embed")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void shouldForbidFramingTheWidgetsScript() {
        given().when().get("/embed.js")
                .then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
