package com.tokenomics.api;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The allowed range of one numeric input, with its unit, and the sentence that explains it. */
record Limit(double min, boolean minInclusive, double max, boolean wholeNumber, String unit) {

    static Limit whole(long min, long max, String unit) {
        return new Limit(min, true, max, true, unit);
    }

    static Limit atLeast(double min, double max, String unit) {
        return new Limit(min, true, max, false, unit);
    }

    static Limit above(double min, double max, String unit) {
        return new Limit(min, false, max, false, unit);
    }

    boolean allows(double value) {
        return Double.isFinite(value)
                && (minInclusive ? value >= min : value > min)
                && value <= max
                && (!wholeNumber || value == Math.rint(value));
    }

    String describe() {
        String kind = wholeNumber ? "a whole number" : "a number";
        String lower = minInclusive ? "from " + format(min) + " to " : "above " + format(min) + " and at most ";
        return kind + " " + lower + format(max) + " (" + unit + ")";
    }

    static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return Math.abs(value) >= 1e15 ? String.valueOf(value) : format.format(value);
    }
}
