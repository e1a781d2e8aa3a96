package com.tokenomics.api;

import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.scenario.ScenarioRequest;
import com.tokenomics.web.Problem;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One scenario in, one evaluation out: by POST with a JSON body, or by GET with query parameters. An evaluation is
 * some tens of microseconds of computation without I/O, so it runs on the I/O thread: handing it to a worker thread
 * would cost more than the evaluation itself.
 */
@Path("/v1/evaluate")
@NonBlocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluate", description = "Memory sizing and economics of one inference scenario")
public class EvaluateResource {

    /** The article's worked example on a GH200, as the OpenAPI request example. */
    static final String ARTICLE_EXAMPLE = """
            {
              "model": {"name": "Llama 3.1 70B", "parameters": 70e9, "layers": 80, "hiddenSize": 8192,
                        "attentionHeads": 64, "kvHeads": 8},
              "workload": {"users": 16, "contextTokens": 10000},
              "precision": {"weights": "fp16", "kvCache": "fp16"},
              "system": {"name": "NVIDIA GH200", "memoryPerChipGiB": 144}
            }""";

    private final ScenarioMapper mapper;
    private final FlatScenarioEvaluator flat;

    public EvaluateResource(ScenarioMapper mapper, FlatScenarioEvaluator flat) {
        this.mapper = mapper;
        this.flat = flat;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluate", summary = "Evaluate a scenario",
            description = "Weights + KV cache → chips → racks, then cost, cost per million tokens, tokens per "
                    + "dollar per watt and the market check. Units are in the field names (GiB = 2^30 bytes).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScenarioRequest.class),
            examples = @ExampleObject(name = "article", summary = "The article's Llama 3.1 70B example on GH200",
                    value = ARTICLE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A value is missing, of the wrong type or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationResponse evaluate(ScenarioRequest request) {
        return EvaluationResponse.evaluate(mapper.toScenario(request));
    }

    @GET
    @Operation(operationId = "evaluateQuery", summary = "Evaluate a scenario given as query parameters",
            description = "The same scenario as POST, flattened: e.g. ?parameters=70e9&layers=80&hiddenSize=8192"
                    + "&attentionHeads=64&kvHeads=8&users=16&context=10000&weights=fp16&memoryPerChipGiB=144")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "422", description = "An unknown parameter, or a value out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationResponse evaluateQuery(@Context UriInfo uri) {
        return flat.evaluate(uri.getQueryParameters());
    }
}
