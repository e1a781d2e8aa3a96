package com.tokenomics.engine;

/** Unit constants shared by the formulas (docs/design.md §2). */
public final class Units {
    public static final double BYTES_PER_GIB = 1024.0 * 1024.0 * 1024.0;
    public static final double HOURS_PER_YEAR = 8_760.0;
    public static final double SECONDS_PER_YEAR = HOURS_PER_YEAR * 3_600.0;
    public static final double MONTHS_PER_YEAR = 12.0;
    public static final double TOKENS_PER_MILLION = 1_000_000.0;
    public static final double WATTS_PER_KW = 1_000.0;

    private Units() {
    }

    public static double gib(double bytes) {
        return bytes / BYTES_PER_GIB;
    }
}
