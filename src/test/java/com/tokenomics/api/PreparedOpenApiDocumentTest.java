package com.tokenomics.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document written ahead ({@link PreparedOpenApiDocument}) is the one served, byte for byte the
 * extension's. Apart from {@link PlatformEndpointsTest} because it looks into the application, which an integration
 * test against the packaged server ({@code PlatformEndpointsIT}) cannot.
 */
@QuarkusTest
class PreparedOpenApiDocumentTest {

    @Inject
    PreparedOpenApiDocument openApiDocument;

    @Test
    void shouldServeTheOpenApiDocumentWrittenAhead() {
        assertInstanceOf(PreparedOpenApiDocument.class,
                Arc.container().instance(OpenApiDocumentService.class).get());
    }

    @Test
    void shouldServeTheOpenApiDocumentAsTheExtensionWritesIt() {
        String fromExtension = new String(openApiDocument.documentAsTheExtensionWroteIt(Format.JSON),
                StandardCharsets.UTF_8);
        String served = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertEquals(fromExtension, served);
    }

    @Test
    void shouldServeTheOpenApiDocumentAsYamlAsTheExtensionWritesIt() {
        String fromExtension = new String(openApiDocument.documentAsTheExtensionWroteIt(Format.YAML),
                StandardCharsets.UTF_8);
        String served = given().when().get("/q/openapi.yaml").then().statusCode(200).extract().asString();
        assertEquals(fromExtension, served);
    }
}
