package com.tokenomics.scenario;

import com.tokenomics.catalog.Provenance;
import com.tokenomics.catalog.SourcedValue;

/**
 * A value to use when the caller gives none, and where it comes from: a catalog entry, a finance preset, or a
 * rule of the calculator. A fallback with a null value stands for "none here".
 */
record Fallback(Object value, String origin, String source, String asOf, String confidence) {

    static final String CATALOG = "catalog";
    static final String DERIVED = "catalog-derived";

    static Fallback catalog(Object value, Provenance provenance) {
        return new Fallback(value, CATALOG, provenance.source(), provenance.asOf(), provenance.confidence());
    }

    static Fallback derived(Object value, String how, Provenance provenance) {
        return new Fallback(value, DERIVED, how + " — " + provenance.source(), provenance.asOf(),
                provenance.confidence());
    }

    static Fallback preset(SourcedValue preset) {
        return new Fallback(preset.value(), Assumption.PRESET, preset.source(), preset.asOf(), preset.confidence());
    }

    static Fallback rule(Object value, String rule) {
        return new Fallback(value, Assumption.DEFAULT, rule, null, null);
    }

    static Fallback none() {
        return new Fallback(null, null, null, null, null);
    }

    Assumption assumption(String field, String unit) {
        return new Assumption(field, value, unit, origin, source, asOf, confidence);
    }
}
