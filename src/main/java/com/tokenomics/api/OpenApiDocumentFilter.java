package com.tokenomics.api;

import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.Limit;
import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.scenario.ParameterTable.Kind;
import com.tokenomics.scenario.QueryParameters;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the annotations cannot say, added to the OpenAPI document once, while it is generated at build time (the
 * served document is that one, {@link PreparedOpenApiDocument}):
 * <ul>
 * <li>each scenario field of the POST body described by {@link ParameterTable}: its description, what it may be
 * (type, minimum, maximum, choices), its default, so that these are written once, there;</li>
 * <li>the flat scenario parameters of {@code GET /v1/evaluate}, {@code /v1/badge.svg} and {@code /embed}, which
 * read them from the query as a whole rather than as declared method parameters: one query parameter for each name
 * {@link QueryParameters} accepts, described likewise and naming the field of the POST body it sets;</li>
 * <li>the server: this very site, wherever it runs ({@code /}, relative to the document's own address);</li>
 * <li>no credentials for any operation ({@code security: []}); the Slack door declares its signature itself.</li>
 * </ul>
 * A schema's range is as wide as JSON Schema can say in one piece: where 0 is allowed below a positive minimum (no
 * HBM, free power) the minimum is 0, and the description gives the exact rule.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiDocumentFilter implements OASFilter {

    /** The GET operations whose query is a flat scenario ({@link FlatScenarioEvaluator}). */
    static final List<String> FLAT_SCENARIO_PATHS = List.of("/v1/evaluate", "/v1/badge.svg", "/embed");

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        document.setServers(List.of(OASFactory.createServer().url("/")
                .description("This site: the address that serves this document")));
        document.setSecurity(new ArrayList<>());
        Map<String, Schema> schemas = document.getComponents() == null || document.getComponents().getSchemas() == null
                ? Map.of() : document.getComponents().getSchemas();
        describeBodyFields(schemas);
        List<Parameter> scenario = scenarioParameters();
        for (String path : FLAT_SCENARIO_PATHS) {
            PathItem item = document.getPaths() == null ? null : document.getPaths().getPathItem(path);
            Operation get = item == null ? null : item.getGET();
            if (get == null) {
                throw new IllegalStateException("GET " + path + " is not in the OpenAPI document");
            }
            List<Parameter> parameters = new ArrayList<>(scenario);
            if (get.getParameters() != null) {
                parameters.addAll(get.getParameters());
            }
            get.setParameters(parameters);
        }
    }

    /** The table's words for a parameter: what it is, what it may be, and what applies without it. */
    static String described(ParameterTable.Parameter parameter) {
        return parameter.description() + " Allowed: " + parameter.allowed() + ". Default: "
                + parameter.defaultValue() + ".";
    }

    /**
     * Each field of the ScenarioRequest schema that the table declares, replaced by the table's schema and
     * description; the annotations' examples are kept, a list keeps its item schema.
     */
    private static void describeBodyFields(Map<String, Schema> schemas) {
        for (ParameterTable.Parameter parameter : ParameterTable.all()) {
            String pointer = parameter.pointer();
            Schema parent = parent(schemas, pointer);
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            Schema generated = parent.getProperties().get(name);
            Schema field = schemaOf(parameter).orElse(generated);
            if (field != generated) {
                field.setExamples(generated.getExamples());
            }
            field.setDescription(described(parameter));
            parent.addProperty(name, field);
        }
    }

    /** One optional query parameter per flat name, with the table's schema and the body field it sets. */
    private static List<Parameter> scenarioParameters() {
        Map<String, String> firstName = new HashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        for (Map.Entry<String, String> entry : QueryParameters.FIELDS.entrySet()) {
            String name = entry.getKey();
            String pointer = entry.getValue();
            ParameterTable.Parameter parameter = ParameterTable.byQueryName(name).orElseThrow();
            String alias = firstName.putIfAbsent(pointer, name);
            String dotted = pointer.substring(1).replace('/', '.');
            String description = described(parameter) + " Sets " + dotted + " of the POST body"
                    + (alias == null ? "" : "; same as " + alias) + ".";
            parameters.add(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(false)
                    .description(description).schema(schemaOf(parameter).orElseThrow()));
        }
        return parameters;
    }

    /**
     * What a parameter may be as a schema: a number's type and range (and the words it also takes, users=max), a
     * text's choices; with the default when the table's default is itself such a value (1, false, auto). Empty
     * for a list, whose items the annotations describe.
     */
    private static Optional<Schema> schemaOf(ParameterTable.Parameter parameter) {
        Schema schema = switch (parameter.kind()) {
            case NUMBER -> range(parameter.limit());
            case TEXT -> OASFactory.createSchema().type(List.of(SchemaType.STRING));
            case BOOLEAN -> OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN));
            case LIST -> null;
        };
        if (schema == null) {
            return Optional.empty();
        }
        if (!parameter.choices().isEmpty() && parameter.kind() == Kind.TEXT) {
            schema.setEnumeration(new ArrayList<>(parameter.choices()));
        } else if (!parameter.choices().isEmpty() && parameter.kind() == Kind.NUMBER) {
            schema = OASFactory.createSchema().oneOf(List.of(schema, OASFactory.createSchema()
                    .type(List.of(SchemaType.STRING)).enumeration(new ArrayList<>(parameter.choices()))));
        }
        literalDefault(parameter).ifPresent(schema::setDefaultValue);
        return Optional.of(schema);
    }

    private static Schema range(Limit limit) {
        Schema schema = OASFactory.createSchema()
                .type(List.of(limit.wholeNumber() ? SchemaType.INTEGER : SchemaType.NUMBER))
                .maximum(decimal(limit.max()));
        if (limit.zeroAllowed()) {
            schema.setMinimum(BigDecimal.ZERO);
        } else if (limit.minInclusive()) {
            schema.setMinimum(decimal(limit.min()));
        } else {
            schema.setExclusiveMinimum(decimal(limit.min()));
        }
        return schema;
    }

    /** The table's default when it is a value of the parameter ("1", "false", "auto"), not a rule ("the preset's"). */
    private static Optional<Object> literalDefault(ParameterTable.Parameter parameter) {
        String text = parameter.defaultValue();
        return switch (parameter.kind()) {
            case NUMBER -> text.matches("-?\\d+(\\.\\d+)?") && parameter.limit().allows(Double.parseDouble(text))
                    ? Optional.of(new BigDecimal(text)) : Optional.empty();
            case TEXT, BOOLEAN -> parameter.choices().contains(text)
                    ? Optional.of(parameter.kind() == Kind.BOOLEAN ? Boolean.valueOf(text) : text) : Optional.empty();
            case LIST -> Optional.empty();
        };
    }

    /** Whole numbers written as such (100000000, not 1.0E+8). */
    private static BigDecimal decimal(double value) {
        return value == Math.rint(value) ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
    }

    /** The schema holding the ScenarioRequest field at a JSON pointer, following references to component schemas. */
    private static Schema parent(Map<String, Schema> schemas, String pointer) {
        Schema schema = schemas.get("ScenarioRequest");
        String[] parts = pointer.substring(1).split("/");
        for (int i = 0; i < parts.length; i++) {
            while (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                schema = schemas.get(schema.getRef().substring(SCHEMAS.length()));
            }
            if (schema == null || schema.getProperties() == null || !schema.getProperties().containsKey(parts[i])) {
                throw new IllegalStateException("scenario field " + pointer + " is not in the ScenarioRequest schema");
            }
            if (i < parts.length - 1) {
                schema = schema.getProperties().get(parts[i]);
            }
        }
        return schema;
    }
}
