package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** A provider's API price from {@code catalog/prices.json}, USD per million tokens. */
@RegisterForReflection
public record MarketPrice(
        String id,
        String provider,
        String modelId,
        String modelName,
        double inputUsdPerMillion,
        Double cachedInputUsdPerMillion,
        double outputUsdPerMillion,
        String source,
        String asOf,
        String confidence,
        Map<String, Provenance> fieldSources,
        String notes) implements CatalogEntry {
}
