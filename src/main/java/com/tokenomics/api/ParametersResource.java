package com.tokenomics.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.scenario.FieldError;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.scenario.Text;
import com.tokenomics.web.EntityTags;
import com.tokenomics.web.Problem;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.common.annotation.NonBlocking;
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
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/parameters}: every scenario parameter of {@link ParameterTable}, with its unit, range and default,
 * for clients that build a form (the calculator page reads it). The list changes only with a release, so it is
 * written once and answered from memory, on the I/O thread; a client's copy is revalidated by its ETag.
 */
@Path("/v1/parameters")
@NonBlocking
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parameters", description = "Every scenario parameter with its unit, allowed range and default")
public class ParametersResource {

    /** As fresh as the page's own scripts (quarkus.http.static-resources.max-age): both change with a release. */
    static final String CACHE_CONTROL = "public, max-age=600";

    /** One scenario parameter (registered for the native image: Jackson writes it by reflection). */
    @RegisterForReflection
    @Schema(name = "ScenarioParameter", description = "One scenario parameter: its names, the field of the POST "
            + "body it sets, its unit, range and default.")
    public record Entry(
            @Schema(description = "Query parameter name (GET /v1/evaluate, share links).", examples = "users")
            String name,
            @Schema(description = "Further query names for the same field.") List<String> otherNames,
            @Schema(description = "Further keys the Slack command takes for it.") List<String> chatKeys,
            @Schema(description = "JSON pointer of the field it sets in the POST body.",
                    examples = "/workload/users") String field,
            @Schema(description = "What the value is read as.",
                    enumeration = { "number", "text", "boolean", "list" }) String kind,
            @Schema(description = "Unit of a number; for a text, what it names (catalog id, text, one of the "
                    + "choices).") String unit,
            @Schema(nullable = true, description = "Smallest allowed number (see minInclusive and zeroAllowed); "
                    + "null for a text.") Double min,
            @Schema(nullable = true, description = "Whether min itself is allowed; null for a text.")
            Boolean minInclusive,
            @Schema(nullable = true, description = "Largest allowed number; null for a text.") Double max,
            @Schema(description = "Only whole numbers are allowed.") boolean whole,
            @Schema(description = "0 is allowed below a positive min (free power, no HBM).") boolean zeroAllowed,
            @Schema(description = "What a value may be, in words.",
                    examples = "a whole number from 1 to 100,000,000 (users), or max") String allowed,
            @Schema(description = "The values a text takes, or the words a number also takes (users: max); empty "
                    + "when free.") List<String> choices,
            @JsonProperty("default") @Schema(description = "What applies when it is not given, and where that "
                    + "comes from.") String defaultValue,
            @Schema(description = "What it is.") String description) {

        static Entry of(ParameterTable.Parameter parameter) {
            var limit = parameter.limit();
            return new Entry(parameter.name(), parameter.otherNames(), parameter.chatKeys(), parameter.pointer(),
                    parameter.kind().name().toLowerCase(Locale.ROOT), parameter.unit(),
                    limit == null ? null : limit.min(), limit == null ? null : limit.minInclusive(),
                    limit == null ? null : limit.max(), limit != null && limit.wholeNumber(),
                    limit != null && limit.zeroAllowed(), parameter.allowed(), parameter.choices(),
                    parameter.defaultValue(), parameter.description());
        }
    }

    private final byte[] list;
    private final EntityTag tag;

    public ParametersResource(ObjectMapper mapper) {
        try {
            list = mapper.writeValueAsBytes(ParameterTable.all().stream().map(Entry::of).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the parameter list", e);
        }
        tag = EntityTags.strong(list);
    }

    @GET
    @Operation(operationId = "listParameters", summary = "Scenario parameters",
            description = "Every scenario parameter: its query name and other names, the field of the POST body it "
                    + "sets, its kind, unit, allowed range, choices, default and description. Takes no query "
                    + "parameters.")
    @APIResponse(responseCode = "200", description = "Every scenario parameter, in the order of the POST body",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Entry.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "422", description = "A query parameter: the list takes none",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response parameters(@Context UriInfo uri, @Context Request request) {
        List<FieldError> errors = uri.getQueryParameters().keySet().stream()
                .map(name -> new FieldError("?" + Text.clip(name), "is not a filter here: the list takes no query "
                        + "parameters."))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(list, MediaType.APPLICATION_JSON_TYPE))
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
