package com.tokenomics.engine;

/** The serving software: benchmark-grade tuning, or a serving framework run with its defaults. */
public enum ServingStack {
    TUNED, DEFAULT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
