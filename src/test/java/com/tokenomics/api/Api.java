package com.tokenomics.api;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** REST Assured reads JSON decimals as floats by default; the API's figures need doubles to be checked exactly. */
final class Api {

    static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private Api() {
    }
}
