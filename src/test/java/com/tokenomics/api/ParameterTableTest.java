package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.scenario.Limit;
import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.scenario.ParameterTable.Kind;
import com.tokenomics.scenario.ParameterTable.Parameter;
import com.tokenomics.scenario.QueryParameters;
import com.tokenomics.scenario.ScenarioRequest;
import com.tokenomics.slack.SlackGrammarKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ParameterTable} against everything that names scenario parameters, so that none can add, drop or rename
 * one alone: the JSON decoder (ScenarioRequest's fields), the GET decoder, the OpenAPI document, the Slack command's
 * grammar, GET /v1/parameters and the table of docs/api.md, which is written from the table here.
 */
@QuarkusTest
class ParameterTableTest {

    private static final Path API_MD = Path.of("docs/api.md");
    private static final String TABLE_START = "<!-- The table below is written from ParameterTable: "
            + "ParameterTableTest fails with the table to paste when they differ. -->";
    private static final String TABLE_END = "<!-- End of the table written from ParameterTable. -->";
    private static final String SCHEMAS = "#/components/schemas/";
    /** The first cell of a row of the table: `users`. */
    private static final Pattern ROW_NAME = Pattern.compile("^\\| `([A-Za-z]+)` \\|", Pattern.MULTILINE);

    private static Set<String> tablePointers() {
        return ParameterTable.all().stream().map(Parameter::pointer).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> tableNames() {
        return ParameterTable.all().stream().map(Parameter::name).toList();
    }

    /** Each query name (names and other names) of the parameters a query can give → its pointer. */
    private static Map<String, String> tableQueryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        ParameterTable.all().stream().filter(parameter -> parameter.kind() != Kind.LIST)
                .forEach(parameter -> parameter.queryNames().forEach(name -> names.put(name, parameter.pointer())));
        return names;
    }

    private static JsonNode openApi() throws IOException {
        return new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void shouldDecodeExactlyTheTablesFieldsFromJson() {
        Set<String> decoded = new TreeSet<>();
        jsonFields(ScenarioRequest.class, "", decoded);

        assertThat(decoded).isEqualTo(tablePointers());
    }

    /**
     * The pointers a JSON body can set: each record component, and inside the scenario's own sections; a list (of
     * layer groups) is one parameter, its items' fields are not.
     */
    private static void jsonFields(Class<?> record, String prefix, Set<String> pointers) {
        for (RecordComponent component : record.getRecordComponents()) {
            String pointer = prefix + "/" + component.getName();
            Class<?> type = component.getType();
            if (type.isRecord() && type.getDeclaringClass() == ScenarioRequest.class) {
                jsonFields(type, pointer, pointers);
            } else {
                pointers.add(pointer);
            }
        }
    }

    @Test
    void shouldDecodeExactlyTheTablesNamesFromTheQuery() {
        assertThat(QueryParameters.FIELDS).isEqualTo(tableQueryNames());
    }

    @Test
    void shouldDeclareExactlyTheTablesNamesOnGetEvaluate() throws IOException {
        List<String> declared = new ArrayList<>();
        openApi().path("paths").path("/v1/evaluate").path("get").path("parameters")
                .forEach(parameter -> declared.add(parameter.path("name").asText()));

        assertThat(declared).containsExactlyElementsOf(tableQueryNames().keySet());
    }

    @Test
    void shouldDescribeExactlyTheTablesFieldsInTheBodySchema() throws IOException {
        JsonNode schemas = openApi().path("components").path("schemas");
        Set<String> described = new TreeSet<>();
        schemaFields(schemas, schemas.path("ScenarioRequest"), "", described);

        assertThat(described).isEqualTo(tablePointers());
    }

    /** The pointers of a schema's properties, following references to the scenario's sections. */
    private static void schemaFields(JsonNode schemas, JsonNode schema, String prefix, Set<String> pointers) {
        schema.path("properties").fields().forEachRemaining(property -> {
            String pointer = prefix + "/" + property.getKey();
            String reference = property.getValue().path("$ref").asText();
            JsonNode section = reference.startsWith(SCHEMAS) ? schemas.path(reference.substring(SCHEMAS.length()))
                    : property.getValue();
            if (section.has("properties")) {
                schemaFields(schemas, section, pointer, pointers);
            } else {
                pointers.add(pointer);
            }
        });
    }

    @Test
    void shouldListExactlyTheTablesParameters() {
        List<Map<String, Object>> listed = given().when().get("/v1/parameters").then().statusCode(200).extract()
                .jsonPath().getList("");
        Map<String, String> pointers = new LinkedHashMap<>();
        listed.forEach(entry -> pointers.put((String) entry.get("name"), (String) entry.get("field")));
        Map<String, String> expected = new LinkedHashMap<>();
        ParameterTable.all().forEach(parameter -> expected.put(parameter.name(), parameter.pointer()));

        assertThat(pointers).containsExactlyEntriesOf(expected);
    }

    @Test
    void shouldNameExactlyTheTablesParametersInApiMd() throws IOException {
        List<String> documented = new ArrayList<>();
        Matcher row = ROW_NAME.matcher(documentedTable());
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).containsExactlyElementsOf(tableNames());
    }

    @Test
    void shouldWriteTheTableOfApiMdFromTheParameterTable() throws IOException {
        String expected = markdown();

        assertThat(documentedTable()).as("docs/api.md's parameter table; paste between its markers:%n%s", expected)
                .isEqualTo(expected);
    }

    @Test
    void shouldLetTheSlackCommandSetEveryParameterByEachOfItsNames() {
        for (Parameter parameter : ParameterTable.all()) {
            if (parameter.kind() == Kind.LIST) {
                continue;
            }
            List<String> keys = new ArrayList<>(parameter.queryNames());
            keys.addAll(parameter.chatKeys());
            for (String key : keys) {
                assertThat(SlackGrammarKeys.parameterSetBy(key, sampleOf(parameter)).map(ParameterTable::byQueryName)
                        .flatMap(found -> found).map(Parameter::pointer))
                        .as("the Slack key %s=%s", key, sampleOf(parameter)).contains(parameter.pointer());
            }
        }
    }

    /** A value the parameter takes, other than the test scenario's own. */
    private static String sampleOf(Parameter parameter) {
        return switch (parameter.name()) {
            case "model" -> "llama-3.1-8b";
            case "system" -> "gb200-nvl72";
            case "users" -> "32";
            case "context" -> "8000";
            default -> switch (parameter.kind()) {
                case NUMBER -> Limit.format(parameter.limit().max()).replace(",", "");
                case BOOLEAN -> "true";
                default -> parameter.choices().isEmpty() ? "x" : parameter.choices().get(0);
            };
        };
    }

    /** What docs/api.md has between the markers. */
    private static String documentedTable() throws IOException {
        String text = Files.readString(API_MD);
        int start = text.indexOf(TABLE_START);
        int end = text.indexOf(TABLE_END);
        assertThat(start).as("the table's start marker in docs/api.md").isNotNegative();
        assertThat(end).as("the table's end marker in docs/api.md").isGreaterThan(start);
        return text.substring(start + TABLE_START.length(), end).strip();
    }

    /** The parameter table as docs/api.md shows it. */
    private static String markdown() {
        StringBuilder table = new StringBuilder("""
                | Parameter | Other names | Field | Unit | Allowed | Default | Description |
                |---|---|---|---|---|---|---|
                """);
        for (Parameter parameter : ParameterTable.all()) {
            table.append("| `").append(parameter.name()).append("` | ")
                    .append(parameter.otherNames().stream().map(name -> "`" + name + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" | `").append(parameter.pointer()).append("` | ")
                    .append(cell(parameter.unit())).append(" | ")
                    .append(cell(range(parameter))).append(" | ")
                    .append(cell(parameter.defaultValue())).append(" | ")
                    .append(cell(parameter.description())).append(" |\n");
        }
        return table.toString().strip();
    }

    /** What a value may be, as short as a table cell can hold it: "whole, 1 – 100,000,000, or `max`". */
    private static String range(Parameter parameter) {
        String words = parameter.choices().stream().map(word -> "`" + word + "`").collect(Collectors.joining(", "));
        return switch (parameter.kind()) {
            case NUMBER -> {
                Limit limit = parameter.limit();
                String from = limit.minInclusive() ? Limit.format(limit.min()) + " – "
                        : "above " + Limit.format(limit.min()) + ", at most ";
                yield (limit.zeroAllowed() ? "0, or " : "") + (limit.wholeNumber() ? "whole, " : "") + from
                        + Limit.format(limit.max()) + (words.isEmpty() ? "" : ", or " + words);
            }
            case TEXT, BOOLEAN -> words.isEmpty() ? "—" : words;
            case LIST -> parameter.allowed();
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
