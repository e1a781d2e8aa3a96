package com.tokenomics.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/** A named set of financial and datacenter defaults, each value with its source. */
@RegisterForReflection
public record FinancePreset(String id, String name, String description, Map<String, SourcedValue> values) {

    public static final String DEFAULT_ID = "typical";

    public FinancePreset {
        values = Map.copyOf(values);
    }

    public SourcedValue value(String field) {
        SourcedValue value = values.get(field);
        if (value == null) {
            throw new IllegalStateException("finance preset " + id + " has no " + field);
        }
        return value;
    }
}
