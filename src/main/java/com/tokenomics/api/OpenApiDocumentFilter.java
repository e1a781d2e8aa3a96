package com.tokenomics.api;

import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.QueryParameters;
import com.tokenomics.scenario.ScenarioRequest;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the annotations cannot say, added to the OpenAPI document once, while it is generated at build time (the
 * served document is that one, {@link PreparedOpenApiDocument}):
 * <ul>
 * <li>the flat scenario parameters of {@code GET /v1/evaluate}, {@code /v1/badge.svg} and {@code /embed}, which
 * read them from the query as a whole rather than as declared method parameters: one query parameter for each name
 * {@link QueryParameters} accepts, described by the field of the POST body it sets;</li>
 * <li>the server: this very site, wherever it runs ({@code /}, relative to the document's own address);</li>
 * <li>no credentials for any operation ({@code security: []}); the Slack door declares its signature itself.</li>
 * </ul>
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
        List<Parameter> scenario = scenarioParameters(schemas);
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

    /** One optional query parameter per flat name, with the description and type of the body field it sets. */
    private static List<Parameter> scenarioParameters(Map<String, Schema> schemas) {
        Map<String, String> firstName = new HashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        for (Map.Entry<String, String> entry : QueryParameters.FIELDS.entrySet()) {
            String name = entry.getKey();
            String pointer = entry.getValue();
            Schema field = field(schemas, pointer);
            String alias = firstName.putIfAbsent(pointer, name);
            String dotted = pointer.substring(1).replace('/', '.');
            String description = (field.getDescription() == null ? "" : field.getDescription() + " ")
                    + "Sets " + dotted + " of the POST body" + (alias == null ? "" : "; same as " + alias) + ".";
            parameters.add(OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(false)
                    .description(description).schema(field));
        }
        return parameters;
    }

    /** The schema of the ScenarioRequest field at a JSON pointer, following references to component schemas. */
    private static Schema field(Map<String, Schema> schemas, String pointer) {
        Schema schema = schemas.get("ScenarioRequest");
        for (String part : pointer.substring(1).split("/")) {
            while (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                schema = schemas.get(schema.getRef().substring(SCHEMAS.length()));
            }
            schema = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(part);
        }
        if (schema == null) {
            throw new IllegalStateException("query parameter field " + pointer + " is not in the ScenarioRequest "
                    + "schema");
        }
        return schema;
    }
}
