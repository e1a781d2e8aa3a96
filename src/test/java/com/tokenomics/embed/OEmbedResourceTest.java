package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OEmbedResourceTest {

    private static final String SCENARIO = "model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000";

    private static String site() {
        return "http://localhost:" + RestAssured.port;
    }

    private static ValidatableResponse oembed(String url, int status) {
        return given().queryParam("url", url).queryParam("format", "json")
                .when().get("/oembed")
                .then().statusCode(status);
    }

    @Test
    void shouldDescribeTheWidgetOfACalculatorAddress() {
        oembed(site() + "/?" + SCENARIO, 200)
                .contentType("application/json")
                .body("type", equalTo("rich"))
                .body("version", equalTo("1.0"))
                .body("provider_name", equalTo("Tokenomics"))
                .body("provider_url", equalTo(site() + "/"))
                .body("title", equalTo("Tokenomics: Llama 3.1 70B on NVIDIA GB200 NVL72"))
                .body("cache_age", equalTo(86_400))
                .body("width", equalTo(OEmbedResource.DEFAULT_WIDTH_PX))
                .body("height", equalTo(OEmbedResource.DEFAULT_HEIGHT_PX));
    }

    @Test
    void shouldFrameTheWidgetWithTheAddresssScenario() {
        oembed(site() + "/?" + SCENARIO, 200)
                .body("html", equalTo("<iframe src=\"" + site() + "/embed?" + SCENARIO.replace("&", "&amp;")
                        + "\" width=\"560\" height=\"340\" title=\"Tokenomics: Llama 3.1 70B on NVIDIA GB200 NVL72\""
                        + " style=\"border:0\" loading=\"lazy\" sandbox=\"" + OEmbedResource.IFRAME_SANDBOX
                        + "\"></iframe>"));
    }

    @Test
    void shouldAcceptAWidgetAddressAndKeepItsTheme() {
        oembed(site() + "/embed?" + SCENARIO + "&theme=dark", 200)
                .body("html", containsString("/embed?" + SCENARIO.replace("&", "&amp;") + "&amp;theme=dark\""));
    }

    @Test
    void shouldLeaveOutParametersThatAreNotPartOfTheScenario() {
        oembed(site() + "/?" + SCENARIO + "&tab=compare", 200)
                .body("html", not(containsString("tab")));
    }

    @Test
    void shouldMakeANarrowWidgetTallEnoughNotToClipIt() {
        given().queryParam("url", site() + "/?" + SCENARIO).queryParam("maxwidth", "300")
                .when().get("/oembed")
                .then().statusCode(200)
                .body("width", equalTo(300))
                .body("height", equalTo(540))
                .body("html", containsString("width=\"300\" height=\"540\""));
    }

    @Test
    void shouldAnswerTheCalculatorPagesOwnDiscoveryLink() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher link = Pattern.compile(
                "<link rel=\"alternate\" type=\"application/json\\+oembed\"\\s+href=\"([^\"]+)\"").matcher(page);

        assertThat(link.find()).isTrue();
        given().urlEncodingEnabled(false).when().get(link.group(1).replace("&amp;", "&"))
                .then().statusCode(200)
                .body("title", equalTo("Tokenomics: Llama 3.1 70B on NVIDIA GB200 NVL72"));
    }

    @Test
    void shouldKeepWithinTheConsumersMaximumSize() {
        given().queryParam("url", site() + "/?" + SCENARIO).queryParam("maxwidth", "320")
                .queryParam("maxheight", "200")
                .when().get("/oembed")
                .then().statusCode(200)
                .body("width", equalTo(320))
                .body("height", equalTo(200))
                .body("html", containsString("width=\"320\" height=\"200\""));
    }

    @Test
    void shouldNotExceedItsOwnSizeWhenAllowedMore() {
        given().queryParam("url", site() + "/?" + SCENARIO).queryParam("maxwidth", "2000")
                .when().get("/oembed")
                .then().statusCode(200)
                .body("width", equalTo(OEmbedResource.DEFAULT_WIDTH_PX));
    }

    @Test
    void shouldRefuseAnAddressOnAnotherSite() {
        oembed("https://evil.example/?" + SCENARIO, 404);
    }

    @Test
    void shouldRefuseAnAddressOnAnotherPortOfThisHost() {
        oembed("http://localhost:1/?" + SCENARIO, 404);
    }

    @Test
    void shouldRefuseAHostThatOnlyStartsLikeThisOne() {
        oembed("http://localhost.evil.example:" + RestAssured.port + "/?" + SCENARIO, 404);
    }

    @Test
    void shouldRefuseAnAddressOfThisSiteThatIsNotAPageWithAScenario() {
        oembed(site() + "/v1/evaluate?" + SCENARIO, 404);
    }

    @Test
    void shouldRefuseAnAddressWhoseScenarioIsNotValid() {
        oembed(site() + "/?model=llama-3.1-70b&users=0", 404)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("/workload/users"));
    }

    @Test
    void shouldNotImplementXml() {
        given().queryParam("url", site() + "/?" + SCENARIO).queryParam("format", "xml")
                .when().get("/oembed")
                .then().statusCode(501);
    }

    @Test
    void shouldAskForTheUrl() {
        given().when().get("/oembed")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("?url"));
    }

    @Test
    void shouldRefuseASizeThatIsNotAWholeNumberOfPixels() {
        given().queryParam("url", site() + "/?" + SCENARIO).queryParam("maxwidth", "wide")
                .when().get("/oembed")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("?maxwidth"));
    }
}
