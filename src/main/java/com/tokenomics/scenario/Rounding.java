package com.tokenomics.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The calculator page's rounding (format.js: usdPerMillion and decimal), for the figures the badge draws, so that a
 * badge, the widget and the page show one figure the same way. The value is read as its shortest decimal form and
 * rounded half away from zero, as Intl.NumberFormat does. RoundingTest holds the two equal on a table of values.
 */
public final class Rounding {

    static final String UNKNOWN = "n/a";

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);

    private Rounding() {
    }

    /** A price per million tokens: $1,127 · $12.35 · $2.54 · $1.214 · $0.5485 · $0.90. */
    public static String usdPerMillion(double usd) {
        if (!Double.isFinite(usd)) {
            return UNKNOWN;
        }
        double size = Math.abs(usd);
        BigDecimal exact = BigDecimal.valueOf(size);
        String sign = usd < 0 ? "-$" : "$";
        if (size >= 1_000) {
            return sign + grouped(exact.setScale(0, RoundingMode.HALF_UP));
        }
        if (size >= 1) {
            BigDecimal rounded = exact.setScale(size < 10 ? 3 : 2, RoundingMode.HALF_UP).stripTrailingZeros();
            return sign + grouped(rounded.scale() < 2 ? rounded.setScale(2) : rounded);
        }
        if (size == 0) {
            return sign + "0.0";
        }
        BigDecimal rounded = exact.round(FOUR_DIGITS).stripTrailingZeros();
        return sign + (rounded.precision() < 2 ? rounded.setScale(rounded.scale() + 2 - rounded.precision())
                : rounded).toPlainString();
    }

    /** A figure with the decimals its size deserves: 1,127,094 · 716.9 · 179.2 · 1.24 · 0.159. */
    public static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        double size = Math.abs(value);
        if (size == 0) {
            return "0";
        }
        BigDecimal exact = BigDecimal.valueOf(size);
        String sign = value < 0 ? "-" : "";
        if (size >= 1) {
            int decimals = size >= 1_000 ? 0 : size >= 10 ? 1 : 2;
            BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
            return sign + grouped(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        }
        return sign + exact.round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** Thousands separated by commas, the decimals as they are. */
    private static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String rest = point < 0 ? "" : plain.substring(point);
        return String.format(Locale.ROOT, "%,d", new BigInteger(whole)) + rest;
    }
}
