package com.tokenomics.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.slack.SlackRequests;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses this site writes about itself, read from its answers to requests that carry forged forwarding
 * headers: the widget page's oEmbed discovery link, oEmbed's provider_url and iframe src, the Slack button.
 */
public final class SiteAddresses {

    public static final String FORGED_HOST = "evil.example";
    /** A scenario oEmbed can evaluate. */
    public static final String SCENARIO = "model=llama-3.1-70b&system=h200-hgx&users=64&context=8000";
    private static final Pattern DISCOVERY = Pattern.compile("json\\+oembed\" href=\"([^\"]*)\"");
    private static final Pattern IFRAME_SOURCE = Pattern.compile("<iframe src=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** X-Forwarded-Host, X-Forwarded-Proto and Forwarded naming another site, as any client can send them. */
    public static RequestSpecification forged() {
        return given().urlEncodingEnabled(false)
                .header("X-Forwarded-Host", FORGED_HOST)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "host=" + FORGED_HOST + ";proto=https");
    }

    public static Response widgetPage(RequestSpecification request) {
        return request.when().get("/embed?model=llama-3.1-70b&users=64").then().statusCode(200).extract().response();
    }

    /** The oEmbed address the widget page names, its attribute's escaping undone. */
    public static String discoveryLink(Response page) {
        Matcher link = DISCOVERY.matcher(page.asString());
        assertThat(link.find()).as("the oEmbed discovery link").isTrue();
        return URLDecoder.decode(link.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    }

    public static Response oembed(RequestSpecification request, String pageUrl) {
        return request.queryParam("url", URLEncoder.encode(pageUrl, StandardCharsets.UTF_8))
                .when().get("/oembed").then().extract().response();
    }

    public static String iframeSource(Response oembed) {
        Matcher source = IFRAME_SOURCE.matcher(oembed.jsonPath().getString("html"));
        assertThat(source.find()).as("the iframe").isTrue();
        return source.group(1).replace("&amp;", "&");
    }

    /** The calculator button's URL in the reply to a signed slash command. */
    public static String slackButton(RequestSpecification request) {
        String body = SlackRequests.form("llama-3.1-70b on h200 users=64 context=8k");
        String timestamp = SlackRequests.now();
        String reply = request.contentType("application/x-www-form-urlencoded").body(body)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackRequests.signature(timestamp, body))
                .when().post("/slack/commands").then().statusCode(200).extract().asString();
        try {
            JsonNode url = JSON.readTree(reply).findValue("url");
            assertThat(url).as("the calculator button").isNotNull();
            return url.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SiteAddresses() {
    }
}
