package com.tokenomics.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preset catalog, read once at start-up from {@code src/main/resources/catalog/} so that no request pays for it.
 */
@Startup
@ApplicationScoped
public class Catalog {

    @RegisterForReflection
    record FinancePresetsFile(List<FinancePreset> presets) {
    }

    private final Map<String, FinancePreset> financePresets;

    public Catalog() {
        ObjectMapper reader = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.financePresets = byId(read(reader, "catalog/finance-presets.json", FinancePresetsFile.class).presets());
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

    private static Map<String, FinancePreset> byId(List<FinancePreset> presets) {
        Map<String, FinancePreset> byId = new LinkedHashMap<>();
        for (FinancePreset preset : presets) {
            if (byId.put(preset.id(), preset) != null) {
                throw new IllegalStateException("duplicate finance preset id " + preset.id());
            }
        }
        return byId;
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
