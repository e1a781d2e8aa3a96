package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.scenario.QueryParameters;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document against what the code does, so that it cannot fall behind: every operation named and
 * its client errors declared, every query parameter a door reads declared and none it refuses. Redocly's lint of the
 * same document is described in docs/api.md.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    /** The widget page answers every query with the page; its script checks the scenario. */
    private static final String NO_CLIENT_ERROR = "GET /embed";

    private static JsonNode document() throws Exception {
        String json = given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    /** "GET /v1/evaluate" → the operation, for every operation of the document. */
    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                method.getValue());
                    }
                }));
        return operations;
    }

    private static Set<String> queryParameters(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals("query")) {
                names.add(parameter.path("name").asText());
            }
        });
        return names;
    }

    @Test
    void shouldNameEveryOperationOnce() throws Exception {
        Map<String, JsonNode> operations = operations(document());
        List<String> ids = operations.values().stream().map(operation -> operation.path("operationId").asText())
                .toList();

        assertThat(operations).hasSize(15);
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void shouldDeclareTheClientErrorsOfEveryOperation() throws Exception {
        List<String> withoutClientError = new ArrayList<>();
        operations(document()).forEach((name, operation) -> {
            List<String> codes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(code -> code.startsWith("4"))) {
                withoutClientError.add(name);
            }
        });

        assertThat(withoutClientError).containsExactly(NO_CLIENT_ERROR);
    }

    @Test
    void shouldDeclareUnprocessableOnCompareSweepAndSensitivity() throws Exception {
        JsonNode paths = document().path("paths");

        for (String path : List.of("/v1/compare", "/v1/sweep", "/v1/sensitivity")) {
            assertThat(paths.path(path).path("post").path("responses").has("422")).as(path).isTrue();
            assertThat(paths.path(path).path("post").path("responses").has("400")).as(path).isTrue();
        }
    }

    @Test
    void shouldDeclareEveryScenarioParameterOfGetEvaluate() throws Exception {
        JsonNode get = document().path("paths").path("/v1/evaluate").path("get");

        assertThat(queryParameters(get)).isEqualTo(new TreeSet<>(QueryParameters.FIELDS.keySet()));
    }

    @Test
    void shouldDeclareTheScenarioParametersAndTheBadgesOwnOnGetBadge() throws Exception {
        JsonNode get = document().path("paths").path("/v1/badge.svg").path("get");
        Set<String> expected = new TreeSet<>(QueryParameters.FIELDS.keySet());
        expected.addAll(List.of("label", "metric"));

        assertThat(queryParameters(get)).isEqualTo(expected);
    }

    @Test
    void shouldDeclareTheScenarioParametersAndTheThemeOnGetEmbed() throws Exception {
        JsonNode get = document().path("paths").path("/embed").path("get");
        Set<String> expected = new TreeSet<>(QueryParameters.FIELDS.keySet());
        expected.add("theme");

        assertThat(queryParameters(get)).isEqualTo(expected);
    }

    @Test
    void shouldDescribeAScenarioParameterByTheBodyFieldItSets() throws Exception {
        JsonNode context = parameter(document().path("paths").path("/v1/evaluate").path("get"), "context");

        assertThat(context.path("description").asText()).isEqualTo("Tokens per user held at peak (input + output). "
                + "Allowed: a whole number from 1 to 1,000,000,000 (tokens). Default: inputTokens + outputTokens. "
                + "Sets workload.contextTokens of the POST body.");
        assertThat(context.path("schema").path("type").asText()).isEqualTo("integer");
        assertThat(context.path("required").asBoolean()).isFalse();
    }

    @Test
    void shouldDeclareExactlyTheFiltersEachCatalogListAccepts() throws Exception {
        JsonNode paths = document().path("paths");

        for (String list : List.of("models", "systems", "throughput", "prices", "presets")) {
            String path = "/v1/catalog/" + list;
            String refusal = given().when().get(path + "?notAFilter=1").then().statusCode(422).extract()
                    .path("errors[0].message");
            // "is not a filter here; filters: attention, confidence, moe, q."
            String accepted = refusal.substring(refusal.indexOf("filters: ") + "filters: ".length(),
                    refusal.indexOf('.', refusal.indexOf("filters: ")));
            assertThat(queryParameters(paths.path(path).path("get"))).as(path)
                    .isEqualTo(new TreeSet<>(Arrays.asList(accepted.split(", "))));
        }
    }

    @Test
    void shouldNameTheSiteItselfAsTheServer() throws Exception {
        JsonNode servers = document().path("servers");

        assertThat(servers).hasSize(1);
        assertThat(servers.path(0).path("url").asText()).isEqualTo("/");
    }

    @Test
    void shouldAskNoCredentialsButTheSlackSignature() throws Exception {
        JsonNode document = document();
        Set<String> secured = new LinkedHashSet<>();
        operations(document).forEach((name, operation) -> {
            if (operation.has("security")) {
                secured.add(name + " " + operation.path("security"));
            }
        });

        assertThat(document.path("security").isArray()).isTrue();
        assertThat(document.path("security")).isEmpty();
        assertThat(secured).containsExactly("POST /slack/commands [{\"slackSignature\":[]}]");
        assertThat(document.path("components").path("securitySchemes").path("slackSignature").path("name").asText())
                .isEqualTo("X-Slack-Signature");
    }

    @Test
    void shouldDescribeTheKvCacheDefaultTheWayTheCodeAppliesIt() throws Exception {
        String described = document().path("components").path("schemas").path("PrecisionInput").path("properties")
                .path("kvCache").path("description").asText();
        Object cacheOfFp8Weights = given().when().get("/v1/evaluate?model=llama-3.1-70b&system=h200-hgx&users=1"
                + "&context=1000&weights=fp8").then().statusCode(200).extract()
                .path("assumptions.find { it.field == '/precision/kvCache' }.value");
        Object cacheOfFp16Weights = given().when().get("/v1/evaluate?model=llama-3.1-70b&system=h200-hgx&users=1"
                + "&context=1000&weights=fp16").then().statusCode(200).extract()
                .path("assumptions.find { it.field == '/precision/kvCache' }.value");

        assertThat(described).endsWith("Default: the weights' format when it has 16 or 32 bits, else bf16.");
        assertThat(cacheOfFp8Weights).isEqualTo("bf16");
        assertThat(cacheOfFp16Weights).isEqualTo("fp16");
    }

    @Test
    void shouldGiveAGetParameterTheTablesRange() throws Exception {
        JsonNode pue = parameter(document().path("paths").path("/v1/evaluate").path("get"), "pue").path("schema");

        assertThat(pue.path("type").asText()).isEqualTo("number");
        assertThat(pue.path("minimum").asDouble()).isEqualTo(1);
        assertThat(pue.path("maximum").asDouble()).isEqualTo(5);
    }

    @Test
    void shouldOfferTheWordsANumberAlsoTakes() throws Exception {
        JsonNode users = parameter(document().path("paths").path("/v1/evaluate").path("get"), "users").path("schema");

        assertThat(users.path("oneOf").path(0).path("type").asText()).isEqualTo("integer");
        assertThat(users.path("oneOf").path(0).path("maximum").asLong()).isEqualTo(100_000_000);
        assertThat(users.path("oneOf").path(1).path("enum").toString()).isEqualTo("[\"max\"]");
    }

    @Test
    void shouldGiveAChoiceItsValuesAndItsDefault() throws Exception {
        JsonNode capexBasis = parameter(document().path("paths").path("/v1/evaluate").path("get"), "capexBasis");

        assertThat(capexBasis.path("schema").path("enum").toString()).isEqualTo("[\"rack\",\"chip\"]");
        assertThat(capexBasis.path("schema").path("default").asText()).isEqualTo("rack");
        assertThat(capexBasis.path("description").asText()).contains("Default: rack.");
    }

    @Test
    void shouldLeaveARuleAsTheDefaultInWordsOnly() throws Exception {
        JsonNode pue = parameter(document().path("paths").path("/v1/evaluate").path("get"), "pue");

        assertThat(pue.path("schema").has("default")).isFalse();
        assertThat(pue.path("description").asText()).contains("Default: the preset's.");
    }

    @Test
    void shouldAllowZeroWhereTheTableDoes() throws Exception {
        JsonNode memory = parameter(document().path("paths").path("/v1/evaluate").path("get"), "memoryPerChipGiB");

        assertThat(memory.path("schema").path("minimum").asDouble()).isZero();
        assertThat(memory.path("description").asText()).contains("0, or a number from 0.001 to 1,000,000 (GiB)");
    }

    @Test
    void shouldDescribeABodyFieldByTheTable() throws Exception {
        JsonNode users = document().path("components").path("schemas").path("WorkloadInput").path("properties")
                .path("users");

        assertThat(users.path("description").asText()).isEqualTo(OpenApiDocumentFilter.described(
                ParameterTable.byPointer("/workload/users").orElseThrow()));
        assertThat(users.path("oneOf").path(0).path("minimum").asLong()).isEqualTo(1);
        assertThat(users.path("examples").path(0).asInt()).isEqualTo(16);
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
