package com.tokenomics.embed;

import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.web.EntityTags;
import com.tokenomics.web.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/badge.svg?<scenario>&label=…&metric=…}: one figure of a scenario as an SVG badge for READMEs and
 * pricing pages. A bad scenario still gives a badge (saying so, with status 422) so that an image never breaks,
 * except for clients that ask for JSON, which get the problem document.
 */
@Path("/v1/badge.svg")
@Tag(name = "Embed", description = "Widget, badge and oEmbed for pricing pages")
public class BadgeResource {

    static final String LABEL = "label";
    static final String CACHE_CONTROL = "public, max-age=300";
    static final String INVALID_SCENARIO = "invalid scenario";
    static final String UNKNOWN_VALUE = "n/a";
    private static final String ERROR_LABEL = "tokenomics";
    private static final String SVG_UTF8 = Badge.MEDIA_TYPE + ";charset=utf-8";
    private static final int UNPROCESSABLE = 422;

    private final FlatScenarioEvaluator evaluator;

    public BadgeResource(FlatScenarioEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @GET
    @Produces({Badge.MEDIA_TYPE, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "badge", summary = "A badge with one figure of a scenario",
            description = "The scenario's query parameters as for GET /v1/evaluate, plus label (the left text) and "
                    + "metric: usdPerMillionTokens (default), tokensPerUsdPerWatt or totalGiB.")
    @Parameter(name = LABEL, in = ParameterIn.QUERY, description = "The badge's left text; default: the metric's "
            + "name.", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = BadgeMetric.PARAMETER, in = ParameterIn.QUERY, description = "The figure shown.",
            schema = @Schema(type = SchemaType.STRING, defaultValue = "usdPerMillionTokens",
                    enumeration = { "usdPerMillionTokens", "tokensPerUsdPerWatt", "totalGiB" }))
    @APIResponse(responseCode = "200", description = "The badge (image/svg+xml), cacheable for 5 minutes")
    @APIResponse(responseCode = "304", description = "The badge has not changed (If-None-Match)")
    @APIResponse(responseCode = "422", description = "A badge saying \"invalid scenario\"; with Accept: "
            + "application/json, the problem document")
    public Response badge(@Context UriInfo uri, @Context HttpHeaders headers, @Context Request request) {
        Map<String, List<String>> query = uri.getQueryParameters();
        Optional<String> label = Optional.empty();
        try {
            label = QueryText.single(query, LABEL).filter(text -> !text.isBlank());
            BadgeMetric metric = BadgeMetric.named(QueryText.single(query, BadgeMetric.PARAMETER));
            Map<String, List<String>> scenario = new LinkedHashMap<>(query);
            scenario.remove(LABEL);
            scenario.remove(BadgeMetric.PARAMETER);
            EvaluationResponse result = evaluator.evaluate(scenario);
            Optional<String> value = metric.value(result);
            String svg = Badge.svg(label.orElse(metric.defaultLabel), value.orElse(UNKNOWN_VALUE),
                    value.isPresent() ? metric.colour(result) : Badge.GREY);
            return current(svg, request);
        } catch (InvalidInputException e) {
            if (prefersJson(headers)) {
                throw e;
            }
            return Response.status(UNPROCESSABLE)
                    .entity(Badge.svg(label.orElse(ERROR_LABEL), INVALID_SCENARIO, Badge.RED)
                            .getBytes(StandardCharsets.UTF_8))
                    .type(SVG_UTF8)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
    }

    /** The badge, or 304 when the client's copy (If-None-Match) is this very badge. */
    private static Response current(String svg, Request request) {
        byte[] body = svg.getBytes(StandardCharsets.UTF_8);
        EntityTag tag = EntityTags.strong(body);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(body).type(SVG_UTF8);
        return answer.tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /**
     * Whether the client ranks JSON above SVG: an image request ({@code image/*}, {@code *}{@code /*}) gets a badge,
     * a client asking for application/json or application/problem+json first gets the problem document.
     */
    static boolean prefersJson(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.valueOf(Badge.MEDIA_TYPE))) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || acceptable.isCompatible(MediaType.valueOf(Problem.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }
}
