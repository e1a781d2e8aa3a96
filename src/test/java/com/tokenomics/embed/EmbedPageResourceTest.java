package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbedPageResourceTest {

    private static final Pattern DISCOVERY = Pattern.compile(
            "<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]*)\" title=\"Tokenomics\">");

    private static String page(String query) {
        return given().urlEncodingEnabled(false).when().get("/embed?" + query)
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .extract().asString();
    }

    /** The oEmbed address the page names, with the HTML escaping of its attribute undone. */
    private static URI discovery(String page) {
        Matcher link = DISCOVERY.matcher(page);
        assertThat(link.find()).as("the oEmbed discovery link").isTrue();
        return URI.create(link.group(1).replace("&amp;", "&"));
    }

    @Test
    void shouldServeTheWidgetPageAtEmbed() {
        assertThat(page("model=llama-3.1-70b"))
                .contains("<script src=\"embed-widget.js\" type=\"module\"></script>")
                .contains("id=\"cost\"")
                .contains("Open in the calculator");
    }

    @Test
    void shouldNameItsOwnAddressInTheOEmbedDiscoveryLink() {
        URI oembed = discovery(page("model=llama-3.1-70b&users=64"));

        assertThat(oembed.getPath()).isEqualTo("/oembed");
        assertThat(URLDecoder.decode(oembed.getRawQuery(), StandardCharsets.UTF_8)).isEqualTo(
                "url=http://localhost:" + RestAssured.port + "/embed?model=llama-3.1-70b&users=64&format=json");
    }

    @Test
    void shouldKeepMarkupInTheAddressOutOfThePage() {
        String page = page("modelName=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");

        assertThat(page).doesNotContain("<script>alert(1)");
        assertThat(URLDecoder.decode(discovery(page).getRawQuery(), StandardCharsets.UTF_8))
                .contains("/embed?modelName=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&format=json");
    }

    @Test
    void shouldServeTheHostScript() {
        given().when().get("/embed.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("tokenomics:height"));
    }

    @Test
    void shouldServeTheWidgetsScriptAndStyle() {
        given().when().get("/embed-widget.js").then().statusCode(200).body(not(containsString("innerHTML")));
        given().when().get("/embed-widget.css").then().statusCode(200).contentType(startsWith("text/css"));
    }
}
