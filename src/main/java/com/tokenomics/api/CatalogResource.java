package com.tokenomics.api;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.catalog.FinancePreset;
import com.tokenomics.catalog.MarketPrice;
import com.tokenomics.catalog.ThroughputReference;
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

    /** A page of catalog entries. */
    public record Listing<T>(int count, List<T> items) {
    }

    private final Catalog catalog;

    public CatalogResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/models")
    @Operation(summary = "Model architectures", description = "Filters: q, attention (gqa|mla), moe (true|false), "
            + "confidence (verified|secondary|unverified).")
    public Listing<CatalogModel> models(@Context UriInfo uri) {
        return filter(catalog.models(), uri, Map.of(
                "q", (CatalogModel model, String value) -> matches(value, model.id(), model.name()),
                "attention", (model, value) -> model.attention().type().equalsIgnoreCase(value),
                "moe", (model, value) -> String.valueOf(model.moe() != null).equalsIgnoreCase(value),
                "confidence", (model, value) -> model.confidence().equalsIgnoreCase(value)));
    }

    @GET
    @Path("/systems")
    @Operation(summary = "Chips and systems", description = "Filters: q, vendor, memory (hbm|sram), confidence.")
    public Listing<CatalogSystem> systems(@Context UriInfo uri) {
        return filter(catalog.systems(), uri, Map.of(
                "q", (CatalogSystem system, String value) -> matches(value, system.id(), system.name(),
                        system.chip()),
                "vendor", (system, value) -> value.equalsIgnoreCase(system.vendor()),
                "memory", (system, value) -> (system.hbmPerChipGB() != null ? "hbm" : "sram")
                        .equalsIgnoreCase(value),
                "confidence", (system, value) -> system.confidence().equalsIgnoreCase(value)));
    }

    @GET
    @Path("/throughput")
    @Operation(summary = "Measured throughput (MLPerf)", description = "Filters: model, system, scenario "
            + "(offline|server), division (closed|open).")
    public Listing<ThroughputReference> throughput(@Context UriInfo uri) {
        return filter(catalog.throughputReferences(), uri, Map.of(
                "model", (ThroughputReference reference, String value) -> reference.modelId().equalsIgnoreCase(value),
                "system", (reference, value) -> reference.systemId().equalsIgnoreCase(value),
                "scenario", (reference, value) -> reference.scenario().equalsIgnoreCase(value),
                "division", (reference, value) -> value.equalsIgnoreCase(reference.division())));
    }

    @GET
    @Path("/prices")
    @Operation(summary = "API prices per million tokens", description = "Filters: q, provider, model.")
    public Listing<MarketPrice> prices(@Context UriInfo uri) {
        return filter(catalog.prices(), uri, Map.of(
                "q", (MarketPrice price, String value) -> matches(value, price.id(), price.modelName(),
                        price.provider()),
                "provider", (price, value) -> price.provider().equalsIgnoreCase(value),
                "model", (price, value) -> value.equalsIgnoreCase(price.modelId())));
    }

    @GET
    @Path("/presets")
    @Operation(summary = "Finance presets", description = "Filters: q.")
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
