package com.tokenomics.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Figures for people, rounded by the rules of the calculator page's format.js, so that the page, the widget, the
 * badge, oEmbed and Slack show one figure the same way. The API never rounds. A value is read as its shortest decimal
 * form and rounded half away from zero, as Intl.NumberFormat does; FiguresTest holds each function equal to its
 * format.js twin in Chromium on a table of values.
 */
public final class Figures {

    public static final String UNKNOWN = "n/a";

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final int PERCENT = 100;

    private Figures() {
    }

    /** A price per million tokens, where the third and fourth digits matter: $1.191 · $0.1592 · $0.90 · $12.35. */
    public static String usdPerMillion(double usd) {
        if (!Double.isFinite(usd)) {
            return UNKNOWN;
        }
        double size = Math.abs(usd);
        if (size >= 1_000) {
            return usd(usd);
        }
        BigDecimal exact = BigDecimal.valueOf(size);
        String sign = usd < 0 ? "-$" : "$";
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

    /** Money: $1,127,094 · $3.50 · $0.159. */
    public static String usd(double usd) {
        if (!Double.isFinite(usd)) {
            return UNKNOWN;
        }
        double size = Math.abs(usd);
        BigDecimal exact = BigDecimal.valueOf(size);
        String sign = usd < 0 ? "-$" : "$";
        if (size >= 1_000) {
            return sign + grouped(exact.setScale(0, RoundingMode.HALF_UP));
        }
        if (size >= 1 || size == 0) {
            return sign + grouped(exact.setScale(2, RoundingMode.HALF_UP));
        }
        return sign + exact.round(THREE_DIGITS).stripTrailingZeros().toPlainString();
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
            return sign + upTo(exact, size >= 1_000 ? 0 : size >= 10 ? 1 : 2);
        }
        return sign + exact.round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** A count, whole: 140,000,000,000 · 72. */
    public static String whole(double count) {
        if (!Double.isFinite(count)) {
            return UNKNOWN;
        }
        return (count < 0 && Math.abs(count) >= 0.5 ? "-" : "")
                + grouped(BigDecimal.valueOf(Math.abs(count)).setScale(0, RoundingMode.HALF_UP));
    }

    /** A fraction as a percentage: 0.667 → 66.7 %. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        double percent = fraction * PERCENT;
        String sign = percent < 0 && Math.abs(percent) >= 0.05 ? "-" : "";
        return sign + upTo(BigDecimal.valueOf(Math.abs(percent)), 1) + " %";
    }

    /** Memory: 179.2 GiB. */
    public static String gib(double gib) {
        return Double.isFinite(gib) ? decimal(gib) + " GiB" : UNKNOWN;
    }

    /** At most {@code decimals} decimals, trailing zeros dropped, thousands grouped. */
    private static String upTo(BigDecimal size, int decimals) {
        BigDecimal rounded = size.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return grouped(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
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
