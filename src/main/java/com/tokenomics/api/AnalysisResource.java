package com.tokenomics.api;

import com.tokenomics.scenario.Analyses;
import com.tokenomics.scenario.AnalysisRequests.CompareRequest;
import com.tokenomics.scenario.AnalysisRequests.SensitivityRequest;
import com.tokenomics.scenario.AnalysisRequests.SweepRequest;
import com.tokenomics.scenario.AnalysisResponses.Comparison;
import com.tokenomics.scenario.AnalysisResponses.Sweep;
import com.tokenomics.scenario.AnalysisResponses.Tornado;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.web.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Views that make a decision easy: systems side by side, inputs swept into series, and a sensitivity tornado. The
 * analyses themselves are {@link Analyses}; this is their HTTP door.
 */
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses", description = "Compare systems, sweep inputs, and see which input moves the cost most")
public class AnalysisResource {

    private final Analyses analyses;

    public AnalysisResource(ScenarioMapper mapper) {
        this.analyses = new Analyses(mapper);
    }

    @POST
    @Path("/compare")
    @Operation(operationId = "compare", summary = "Compare systems (or scenarios) side by side",
            description = "Ranked by cost per million tokens and by tokens per dollar per watt, with the ratios "
                    + "that explain the ranking. 2 to 10 entries.")
    @APIResponse(responseCode = "200", description = "The entries ranked")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fewer than 2 or more than 10 entries, or a scenario that "
            + "cannot be evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Comparison compare(CompareRequest request) {
        return analyses.compare(request);
    }

    @POST
    @Path("/sweep")
    @Operation(operationId = "sweep", summary = "Vary one or two inputs into series",
            description = "E.g. cost per million tokens against users (the economics of batching) or against "
                    + "utilization; memory against context. At most 1,000 points.")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown input to vary, a bad range, more than 1,000 "
            + "points, or a scenario that cannot be evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Sweep sweep(SweepRequest request) {
        return analyses.sweep(request);
    }

    @POST
    @Path("/sensitivity")
    @Operation(operationId = "sensitivity",
            summary = "Which input moves the cost per million tokens most (a tornado)",
            description = "Each finance and throughput input moved by ± deltaPercent (default 20), the others "
                    + "held; utilization is capped at 1 and PUE at no less than 1.")
    @APIResponse(responseCode = "200", description = "The bars, widest first")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "deltaPercent out of range, or a scenario that cannot be "
            + "evaluated or has no cost per token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Tornado sensitivity(SensitivityRequest request) {
        return analyses.sensitivity(request);
    }
}
