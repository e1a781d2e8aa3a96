package com.tokenomics.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The preset catalog, read once from {@code src/main/resources/catalog/} (in a native image, while the image is
 * built) so that no request pays for it. Loading fails loudly on unknown fields, duplicate ids and references to ids that do not exist.
 * A singleton rather than application-scoped: the client proxy of a normal scope subclasses the bean and would run
 * this constructor, the whole read, a second time.
 */
@Startup
@Singleton
public class Catalog {

    @RegisterForReflection
    record ModelsFile(List<CatalogModel> models) {
    }

    @RegisterForReflection
    record SystemsFile(List<CatalogSystem> systems) {
    }

    @RegisterForReflection
    record ThroughputFile(List<ThroughputReference> references) {
    }

    @RegisterForReflection
    record PricesFile(List<MarketPrice> prices) {
    }

    @RegisterForReflection
    record FinancePresetsFile(List<FinancePreset> presets) {
    }

    /** The catalog's entries by id, validated. */
    private record Contents(Map<String, CatalogModel> models, Map<String, CatalogSystem> systems,
            Map<String, ThroughputReference> throughput, Map<String, MarketPrice> prices,
            Map<String, FinancePreset> financePresets) {

        /**
         * Read in a static initializer: a native image initializes this class while it is built, so the function
         * starts with the catalog already in its heap; on the JVM it is read once, on first use.
         */
        static final Contents READ = read();

        private static Contents read() {
            ObjectMapper reader = reader();
            Contents contents = new Contents(
                    byId(Catalog.read(reader, "catalog/models.json", ModelsFile.class).models(), CatalogModel::id),
                    byId(Catalog.read(reader, "catalog/systems.json", SystemsFile.class).systems(), CatalogSystem::id),
                    byId(Catalog.read(reader, "catalog/throughput.json", ThroughputFile.class).references(),
                            ThroughputReference::id),
                    byId(Catalog.read(reader, "catalog/prices.json", PricesFile.class).prices(), MarketPrice::id),
                    byId(Catalog.read(reader, "catalog/finance-presets.json", FinancePresetsFile.class).presets(),
                            FinancePreset::id));
            for (ThroughputReference reference : contents.throughput().values()) {
                requireKnown(contents.models(), reference.modelId(), reference.id());
                requireKnown(contents.systems(), reference.systemId(), reference.id());
            }
            for (MarketPrice price : contents.prices().values()) {
                if (price.modelId() != null) {
                    requireKnown(contents.models(), price.modelId(), price.id());
                }
            }
            if (!contents.financePresets().containsKey(FinancePreset.DEFAULT_ID)) {
                throw new IllegalStateException("catalog has no default finance preset " + FinancePreset.DEFAULT_ID);
            }
            return contents;
        }
    }

    private final Map<String, CatalogModel> models;
    private final Map<String, CatalogSystem> systems;
    private final Map<String, ThroughputReference> throughput;
    private final Map<String, MarketPrice> prices;
    private final Map<String, FinancePreset> financePresets;

    public Catalog() {
        Contents contents = Contents.READ;
        models = contents.models();
        systems = contents.systems();
        throughput = contents.throughput();
        prices = contents.prices();
        financePresets = contents.financePresets();
    }

    public List<CatalogModel> models() {
        return List.copyOf(models.values());
    }

    public Optional<CatalogModel> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public List<CatalogSystem> systems() {
        return List.copyOf(systems.values());
    }

    public Optional<CatalogSystem> system(String id) {
        return Optional.ofNullable(systems.get(id));
    }

    public List<ThroughputReference> throughputReferences() {
        return List.copyOf(throughput.values());
    }

    public Optional<ThroughputReference> throughputReference(String id) {
        return Optional.ofNullable(throughput.get(id));
    }

    /**
     * The measured throughput to use for a model on a system, best first: closed division over open, the newest
     * round, available over preview, the server scenario (latency-bounded, closer to serving) over offline; ties by
     * id, so the choice is stable.
     */
    public Optional<ThroughputReference> bestThroughputReference(String modelId, String systemId) {
        return throughput.values().stream()
                .filter(reference -> reference.modelId().equals(modelId) && reference.systemId().equals(systemId))
                .min(Comparator
                        .comparing((ThroughputReference reference) -> "open".equals(reference.division()))
                        .thenComparing(ThroughputReference::round, Comparator.reverseOrder())
                        .thenComparing(reference -> "preview".equals(reference.availability()))
                        .thenComparing(reference -> !"server".equals(reference.scenario()))
                        .thenComparing(ThroughputReference::id));
    }

    public List<MarketPrice> prices() {
        return List.copyOf(prices.values());
    }

    public Optional<MarketPrice> price(String id) {
        return Optional.ofNullable(prices.get(id));
    }

    public List<FinancePreset> financePresets() {
        return List.copyOf(financePresets.values());
    }

    public Optional<FinancePreset> financePreset(String id) {
        return Optional.ofNullable(financePresets.get(id));
    }

    public FinancePreset defaultFinancePreset() {
        return financePresets.get(FinancePreset.DEFAULT_ID);
    }

    /** The strict reader of the catalog's files: an unknown field or a null count fails the load. */
    static ObjectMapper reader() {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T entry : entries) {
            if (byId.put(id.apply(entry), entry) != null) {
                throw new IllegalStateException("duplicate catalog id " + id.apply(entry));
            }
        }
        return byId;
    }

    private static void requireKnown(Map<String, ?> entries, String id, String referencedBy) {
        if (!entries.containsKey(id)) {
            throw new IllegalStateException(referencedBy + " refers to unknown catalog id " + id);
        }
    }

    private static <T> T read(ObjectMapper reader, String resource, Class<T> type) {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource missing: " + resource);
            }
            return reader.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("catalog resource unreadable: " + resource, e);
        }
    }
}
