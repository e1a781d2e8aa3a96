package com.tokenomics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Inject
    PreparedOpenApiDocument openApiDocument;

    @Test
    void shouldReportHealthUp() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldReportReadyOnceTheWarmUpRequestIsAnswered() throws InterruptedException {
        // The warm-up request is sent when the server starts listening and times out after ten seconds.
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (given().when().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("UP"));
    }

    @Test
    void shouldDescribeEvaluateInOpenApiWithTheArticleExample() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v1/evaluate'.post.requestBody.content.'application/json'.examples.article.value.workload.users",
                        equalTo(16))
                .body("components.schemas.SystemInput.properties.memoryPerChipGiB.description",
                        containsString("GiB"));
    }

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

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
