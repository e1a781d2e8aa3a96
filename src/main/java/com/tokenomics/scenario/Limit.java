package com.tokenomics.scenario;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The allowed range of one numeric input, with its unit, and the sentence that explains it.
 *
 * @param zeroAllowed 0 is allowed below a positive {@code min}: free power or hosting is a choice, a price of
 *                    1e-300 USD is a mistake that would overflow every ratio it divides
 */
public record Limit(double min, boolean minInclusive, double max, boolean wholeNumber, boolean zeroAllowed, String unit) {

    /** Ten decimals show it as other than 0. */
    private static final double SMALLEST_PLAIN = 0.5e-10;

    public static Limit whole(long min, long max, String unit) {
        return new Limit(min, true, max, true, false, unit);
    }

    static Limit atLeast(double min, double max, String unit) {
        return new Limit(min, true, max, false, false, unit);
    }

    public static Limit above(double min, double max, String unit) {
        return new Limit(min, false, max, false, false, unit);
    }

    static Limit zeroOrAtLeast(double min, double max, String unit) {
        return new Limit(min, true, max, false, true, unit);
    }

    public boolean allows(double value) {
        return Double.isFinite(value)
                && (zeroAllowed && value == 0 || (minInclusive ? value >= min : value > min))
                && value <= max
                && (!wholeNumber || value == Math.rint(value));
    }

    public String describe() {
        String kind = (zeroAllowed ? "0, or " : "") + (wholeNumber ? "a whole number" : "a number");
        String lower = minInclusive ? "from " + format(min) + " to " : "above " + format(min) + " and at most ";
        return kind + " " + lower + format(max) + " (" + unit + ")";
    }

    /**
     * Grouped plain digits; huge values, and values too small for ten decimals, in the e notation the docs use
     * (1e15, 4.9e-324), never Java's 1.0E15.
     */
    public static String format(double value) {
        if (Math.abs(value) >= 1e15 || value != 0 && Math.abs(value) < SMALLEST_PLAIN) {
            String[] java = String.valueOf(value).split("E");
            return java[0].replaceFirst("\\.0$", "") + "e" + java[1];
        }
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
