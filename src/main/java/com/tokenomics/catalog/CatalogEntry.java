package com.tokenomics.catalog;

import java.util.Map;

/**
 * A catalog entry with provenance: the entry's own, and per field where a field has another source
 * ({@code fieldSources}).
 */
public interface CatalogEntry {

    String id();

    String source();

    String asOf();

    String confidence();

    Map<String, Provenance> fieldSources();

    default Provenance provenance(String field) {
        Provenance own = fieldSources() == null ? null : fieldSources().get(field);
        return own != null ? own : new Provenance(source(), asOf(), confidence());
    }
}
