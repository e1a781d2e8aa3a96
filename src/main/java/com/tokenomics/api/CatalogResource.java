package com.tokenomics.api;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.catalog.FinancePreset;
import com.tokenomics.catalog.MarketPrice;
import com.tokenomics.catalog.ThroughputReference;
import com.tokenomics.scenario.FieldError;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.Suggestions;
import com.tokenomics.scenario.Text;
import com.tokenomics.web.Problem;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalog with provenance, filterable by query parameters (all optional, case-insensitive, combined with
 * AND): {@code q} matches ids and names by substring; other filters match a field exactly.
 */
@Path("/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "Models, systems, measured throughput, API prices and finance presets, "
        + "each value with its source, date and confidence")
public class CatalogResource {

    /** A page of catalog entries (registered for the native image: Jackson writes it by reflection). */
    @RegisterForReflection
    public record Listing<T>(int count, List<T> items) {
    }

    private static final String CONFIDENCE = "How well the entry's figures are sourced.";
    private static final String UNKNOWN_FILTER = "A query parameter that is not a filter here";

    private final Catalog catalog;

    public CatalogResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/models")
    @Operation(operationId = "listModels", summary = "Model architectures",
            description = "Filters (optional, case-insensitive, combined with AND): q, attention, moe, confidence.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the id or the name.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "attention", in = ParameterIn.QUERY, description = "Attention type.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "gqa", "mla" }))
    @Parameter(name = "moe", in = ParameterIn.QUERY, description = "Mixture of experts or not.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "true", "false" }))
    @Parameter(name = "confidence", in = ParameterIn.QUERY, description = CONFIDENCE,
            schema = @Schema(type = SchemaType.STRING, enumeration = { "verified", "secondary", "unverified" }))
    @APIResponse(responseCode = "200", description = "The models that match")
    @APIResponse(responseCode = "422", description = UNKNOWN_FILTER,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Listing<CatalogModel> models(@Context UriInfo uri) {
        return filter(catalog.models(), uri, Map.of(
                "q", (CatalogModel model, String value) -> matches(value, model.id(), model.name()),
                "attention", (model, value) -> model.attention().type().equalsIgnoreCase(value),
                "moe", (model, value) -> String.valueOf(model.moe() != null).equalsIgnoreCase(value),
                "confidence", (model, value) -> model.confidence().equalsIgnoreCase(value)));
    }

    @GET
    @Path("/systems")
    @Operation(operationId = "listSystems", summary = "Chips and systems",
            description = "Filters (optional, case-insensitive, combined with AND): q, vendor, memory, confidence.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the id, the name or the chip.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "vendor", in = ParameterIn.QUERY, description = "The vendor, e.g. NVIDIA.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "memory", in = ParameterIn.QUERY, description = "What the chip is sized by: HBM or SRAM.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "hbm", "sram" }))
    @Parameter(name = "confidence", in = ParameterIn.QUERY, description = CONFIDENCE,
            schema = @Schema(type = SchemaType.STRING, enumeration = { "verified", "secondary", "unverified" }))
    @APIResponse(responseCode = "200", description = "The systems that match")
    @APIResponse(responseCode = "422", description = UNKNOWN_FILTER,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Listing<CatalogSystem> systems(@Context UriInfo uri) {
        return filter(catalog.systems(), uri, Map.of(
                "q", (CatalogSystem system, String value) -> matches(value, system.id(), system.name(),
                        system.chip()),
                "vendor", (system, value) -> value.equalsIgnoreCase(system.vendor()),
                "memory", (system, value) -> (system.hbmPerChipGiB() != null ? "hbm" : "sram")
                        .equalsIgnoreCase(value),
                "confidence", (system, value) -> system.confidence().equalsIgnoreCase(value)));
    }

    @GET
    @Path("/throughput")
    @Operation(operationId = "listThroughputReferences", summary = "Measured throughput (MLPerf)",
            description = "Filters (optional, case-insensitive, combined with AND): model, system, scenario, "
                    + "division.")
    @Parameter(name = "model", in = ParameterIn.QUERY, description = "Catalog model id.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "system", in = ParameterIn.QUERY, description = "Catalog system id.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "scenario", in = ParameterIn.QUERY, description = "MLPerf scenario.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "offline", "server" }))
    @Parameter(name = "division", in = ParameterIn.QUERY, description = "MLPerf division.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "closed", "open" }))
    @APIResponse(responseCode = "200", description = "The measured results that match")
    @APIResponse(responseCode = "422", description = UNKNOWN_FILTER,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Listing<ThroughputReference> throughput(@Context UriInfo uri) {
        return filter(catalog.throughputReferences(), uri, Map.of(
                "model", (ThroughputReference reference, String value) -> reference.modelId().equalsIgnoreCase(value),
                "system", (reference, value) -> reference.systemId().equalsIgnoreCase(value),
                "scenario", (reference, value) -> reference.scenario().equalsIgnoreCase(value),
                "division", (reference, value) -> value.equalsIgnoreCase(reference.division())));
    }

    @GET
    @Path("/prices")
    @Operation(operationId = "listPrices", summary = "API prices per million tokens",
            description = "Filters (optional, case-insensitive, combined with AND): q, provider, model.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the id, the model name or the provider.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "provider", in = ParameterIn.QUERY, description = "The provider, e.g. Groq.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "model", in = ParameterIn.QUERY, description = "Catalog model id.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The prices that match")
    @APIResponse(responseCode = "422", description = UNKNOWN_FILTER,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Listing<MarketPrice> prices(@Context UriInfo uri) {
        return filter(catalog.prices(), uri, Map.of(
                "q", (MarketPrice price, String value) -> matches(value, price.id(), price.modelName(),
                        price.provider()),
                "provider", (price, value) -> price.provider().equalsIgnoreCase(value),
                "model", (price, value) -> value.equalsIgnoreCase(price.modelId())));
    }

    @GET
    @Path("/presets")
    @Operation(operationId = "listPresets", summary = "Finance presets",
            description = "Filter (optional, case-insensitive): q.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the id or the name.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The presets that match")
    @APIResponse(responseCode = "422", description = UNKNOWN_FILTER,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Listing<FinancePreset> presets(@Context UriInfo uri) {
        return filter(catalog.financePresets(), uri, Map.of(
                "q", (FinancePreset preset, String value) -> matches(value, preset.id(), preset.name())));
    }

    private static boolean matches(String wanted, String... texts) {
        String needle = wanted.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Listing<T> filter(List<T> entries, UriInfo uri, Map<String, BiPredicate<T, String>> filters) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : uri.getQueryParameters().keySet()) {
            if (!filters.containsKey(name)) {
                errors.add(new FieldError("?" + Text.clip(name), "is not a filter here; filters: "
                        + String.join(", ", filters.keySet().stream().sorted().toList()) + "."
                        + Suggestions.didYouMean(name, filters.keySet())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<T> kept = entries.stream()
                .filter(entry -> uri.getQueryParameters().entrySet().stream()
                        .allMatch(parameter -> parameter.getValue().stream()
                                .allMatch(value -> filters.get(parameter.getKey()).test(entry, value.trim()))))
                .toList();
        return new Listing<>(kept.size(), kept);
    }
}
