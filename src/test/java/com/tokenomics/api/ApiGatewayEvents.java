package com.tokenomics.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.UncheckedIOException;

/**
 * Raw API Gateway HTTP API (payload 2.0) events, posted to the Lambda mock event server's {@code /_lambda_} as AWS
 * would send them, and the Lambda responses they get.
 */
public final class ApiGatewayEvents {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** For {@code @EnabledIf}: the events need the Lambda packaging, not the server profile. */
    public static boolean lambdaPackaging() {
        try {
            Class.forName("io.quarkus.amazon.lambda.http.LambdaHttpHandler");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** An event without body; callers add headers (lower case, as API Gateway sends them) and a body. */
    public static ObjectNode event(String method, String path, String host, long epochSeconds) {
        ObjectNode event = JSON.createObjectNode()
                .put("version", "2.0").put("routeKey", "$default").put("rawPath", path).put("rawQueryString", "")
                .put("isBase64Encoded", false);
        event.putObject("headers").put("host", host);
        ObjectNode context = event.putObject("requestContext")
                .put("accountId", "123456789012").put("apiId", "api").put("domainName", host)
                .put("requestId", "request-1").put("routeKey", "$default").put("stage", "$default")
                .put("timeEpoch", epochSeconds * 1_000);
        context.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.1").put("userAgent", "test");
        return event;
    }

    /** The Lambda response (statusCode, headers, body, isBase64Encoded) to an event. */
    public static JsonNode send(ObjectNode event) {
        String response = given().contentType(ContentType.JSON).body(event.toString())
                .when().post("/_lambda_")
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(response);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiGatewayEvents() {
    }
}
