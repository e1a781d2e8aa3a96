package com.tokenomics.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

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
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
