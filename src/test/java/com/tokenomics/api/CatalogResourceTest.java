package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.tokenomics.web.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void shouldListEveryModelWithItsSource() {
        given().when().get("/v1/catalog/models")
                .then().statusCode(200)
                .body("count", greaterThanOrEqualTo(19))
                .body("items.id", hasItem("deepseek-v3"))
                .body("items.source", everyItem(notNullValue()))
                .body("items.confidence", everyItem(notNullValue()));
    }

    @Test
    void shouldFilterModelsByAttentionType() {
        given().when().get("/v1/catalog/models?attention=MLA")
                .then().statusCode(200)
                .body("count", equalTo(3))
                .body("items.id", hasItem("deepseek-r1"))
                .body("items.id", hasItem("kimi-k2-instruct"));
    }

    @Test
    void shouldFilterSystemsByVendorAndMemory() {
        given().when().get("/v1/catalog/systems?vendor=nvidia&memory=hbm")
                .then().statusCode(200)
                .body("items.vendor", everyItem(equalTo("NVIDIA")))
                .body("items.id", hasItem("gb200-nvl72"));
    }

    @Test
    void shouldNameTheHbmPerChipInGiB() {
        given().when().get("/v1/catalog/systems")
                .then().statusCode(200)
                .body("items.find { it.id == 'gh200' }", hasKey("hbmPerChipGiB"))
                .body("items.find { it.id == 'gh200' }.hbmPerChipGB", equalTo(144))
                .body("items.find { it.id == 'gb200-nvl72' }.fieldSources", hasKey("hbmPerChipGiB"));
    }

    @Test
    void shouldFilterThroughputByModelAndSystem() {
        given().when().get("/v1/catalog/throughput?model=llama-2-70b&system=h200-hgx&scenario=server")
                .then().statusCode(200)
                .body("items.systemId", everyItem(equalTo("h200-hgx")))
                .body("items.scenario", everyItem(equalTo("server")))
                .body("count", equalTo(3));
    }

    @Test
    void shouldListPricesAndPresets() {
        given().when().get("/v1/catalog/prices?provider=DeepSeek").then().statusCode(200)
                .body("items.provider", everyItem(equalTo("DeepSeek")));
        given().when().get("/v1/catalog/presets").then().statusCode(200)
                .body("items.id", hasItem("neocloud"))
                .body("items.find { it.id == 'typical' }.values.pue.value", equalTo(1.3));
    }

    @Test
    void shouldRejectAnUnknownFilter() {
        given().when().get("/v1/catalog/systems?vendr=nvidia")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].message", containsString("Did you mean vendor?"));
    }
}
