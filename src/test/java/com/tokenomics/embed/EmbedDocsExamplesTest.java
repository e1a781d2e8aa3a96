package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every scenario docs/embed.md shows a pricing page — the script tag's data attributes, the iframe's and the widget's
 * addresses, the oEmbed url, the cost badge and the JSON API call — evaluated as it is shown: the widget's as the widget
 * sends them (a context alone split 7:1 into input and output, workload.js), the others as written. Each has a cost
 * per million tokens, so that no reader of a pricing page meets "n/a".
 */
@QuarkusTest
class EmbedDocsExamplesTest {

    private static final Pattern WIDGET_ADDRESS = Pattern.compile("https://HOST/embed\\?([^\"\\s)\\\\]+)");
    private static final Pattern API_ADDRESS = Pattern.compile(
            "https://HOST/(?:v1/badge\\.svg|v1/evaluate)\\?([^\"\\s)\\\\]+)");
    private static final Pattern ENCODED_PAGE = Pattern.compile("url=(https%3A%2F%2FHOST[^&'\"\\s]+)");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script src=\"https://HOST/embed\\.js\"([^>]*)>");
    private static final Pattern DATA_ATTRIBUTE = Pattern.compile("data-([a-z-]+)=\"([^\"]*)\"");
    /** Parameters of the widget and the badge that are not part of the scenario. */
    private static final List<String> PRESENTATION = List.of("theme", "metric", "label");

    private static String embedMd() throws IOException {
        return Files.readString(Path.of("docs/embed.md"));
    }

    /** The scenarios the widget shows: its addresses, the pages oEmbed is asked about, the script tags. */
    private static List<String> widgetScenarios(String text) {
        List<String> queries = new ArrayList<>();
        Matcher address = WIDGET_ADDRESS.matcher(text);
        while (address.find()) {
            queries.add(address.group(1).replace("&amp;", "&"));
        }
        Matcher encoded = ENCODED_PAGE.matcher(text);
        while (encoded.find()) {
            String page = URLDecoder.decode(encoded.group(1), StandardCharsets.UTF_8);
            queries.add(page.substring(page.indexOf('?') + 1));
        }
        Matcher script = SCRIPT_TAG.matcher(text);
        while (script.find()) {
            List<String> pairs = new ArrayList<>();
            Matcher attribute = DATA_ATTRIBUTE.matcher(script.group(1));
            while (attribute.find()) {
                pairs.add(camelCase(attribute.group(1)) + "=" + attribute.group(2));
            }
            queries.add(String.join("&", pairs));
        }
        return queries;
    }

    /** The cost badges' and the JSON API's scenarios (a badge of another metric needs no cost). */
    private static List<String> apiScenarios(String text) {
        List<String> queries = new ArrayList<>();
        Matcher address = API_ADDRESS.matcher(text);
        while (address.find()) {
            String query = address.group(1).replace("&amp;", "&");
            if (!query.contains("metric=") || query.contains("metric=usdPerMillionTokens")) {
                queries.add(query);
            }
        }
        return queries;
    }

    /** A context given alone, as workload.js sends it: output = round(context / 8), input the rest. */
    private static String asTheWidgetSendsIt(String query) {
        Matcher context = Pattern.compile("(?:^|&)context(?:Tokens)?=([0-9]+)").matcher(query);
        if (!context.find() || query.matches(".*(?:^|&)(?:input|output)(?:Tokens)?=.*")) {
            return query;
        }
        long tokens = Long.parseLong(context.group(1));
        long output = Math.round(tokens / 8.0);
        return query.replaceFirst("context(?:Tokens)?=[0-9]+", "input=" + (tokens - output) + "&output=" + output);
    }

    private static Object costOf(String query) {
        return given().urlEncodingEnabled(false).when().get("/v1/evaluate?" + withoutPresentation(query))
                .then().statusCode(200).extract().path("unitEconomics.usdPerMillionTokens");
    }

    /** data-tokens-per-second → tokensPerSecond, as embed.js reads it. */
    private static String camelCase(String dashed) {
        StringBuilder name = new StringBuilder();
        for (String part : dashed.split("-")) {
            name.append(name.isEmpty() ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
        return name.toString();
    }

    private static String withoutPresentation(String query) {
        return String.join("&", List.of(query.split("&")).stream()
                .filter(pair -> !PRESENTATION.contains(pair.substring(0, pair.indexOf('=')))).toList());
    }

    @Test
    void shouldFindEveryKindOfEmbedInTheDocs() throws IOException {
        // Script tag, iframe, oEmbed's html, the discovery link's and curl's pages; a cost badge and the JSON API.
        assertThat(widgetScenarios(embedMd())).hasSize(5);
        assertThat(apiScenarios(embedMd())).hasSize(2);
    }

    @Test
    void shouldPriceEveryScenarioTheWidgetShowsInTheEmbedDocs() throws IOException {
        for (String query : widgetScenarios(embedMd())) {
            assertThat(costOf(asTheWidgetSendsIt(query))).as("the widget's cost per million tokens of %s", query)
                    .isInstanceOf(Number.class);
        }
    }

    @Test
    void shouldPriceTheCostBadgeAndTheApiCallOfTheEmbedDocs() throws IOException {
        for (String query : apiScenarios(embedMd())) {
            assertThat(costOf(query)).as("the cost per million tokens of %s", query).isInstanceOf(Number.class);
        }
    }
}
