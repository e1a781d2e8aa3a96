package com.tokenomics.engine;

import java.util.Locale;

/** The serving software: benchmark-grade tuning, or a serving framework run with its defaults. */
public enum ServingStack {
    TUNED, DEFAULT;

    /** Lower-cased once: the answer names the stack in every estimate. */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
