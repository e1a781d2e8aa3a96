package com.tokenomics.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers for people: rounded for reading only (the API keeps them exact), in one locale whatever the server's. */
public final class Figures {

    public static final String UNKNOWN = "n/a";

    private static final MathContext TWO_DIGITS = new MathContext(2);
    private static final MathContext THREE_DIGITS = new MathContext(3);

    /** 179.2 GiB */
    public static String gib(double gib) {
        return Double.isFinite(gib) ? String.format(Locale.ROOT, "%,.1f GiB", gib) : UNKNOWN;
    }

    /** A fractional count: 1.24, 716.9, 12,345 — finer where the fraction matters. */
    public static String exact(double count) {
        if (!Double.isFinite(count)) {
            return UNKNOWN;
        }
        String pattern = count < 10 ? "%,.2f" : count < 1_000 ? "%,.1f" : "%,.0f";
        return String.format(Locale.ROOT, pattern, count);
    }

    /** 12,345 */
    public static String whole(double count) {
        return Double.isFinite(count) ? String.format(Locale.ROOT, "%,.0f", count) : UNKNOWN;
    }

    /** A price per million tokens: $1.19, $0.90, $0.042 (two significant digits below ten cents). */
    public static String usd(double usd) {
        if (!Double.isFinite(usd)) {
            return UNKNOWN;
        }
        if (usd == 0 || Math.abs(usd) >= 0.1) {
            return (usd < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(usd));
        }
        return (usd < 0 ? "-$" : "$") + new BigDecimal(Math.abs(usd)).round(TWO_DIGITS).toPlainString();
    }

    /** A large amount: $751K, $1.13M, $2.5B. */
    public static String usdLarge(double usd) {
        if (!Double.isFinite(usd)) {
            return UNKNOWN;
        }
        double amount = Math.abs(usd);
        String sign = usd < 0 ? "-$" : "$";
        if (amount >= 1e9) {
            return sign + significant(amount / 1e9) + "B";
        }
        if (amount >= 1e6) {
            return sign + significant(amount / 1e6) + "M";
        }
        if (amount >= 1e3) {
            return sign + significant(amount / 1e3) + "K";
        }
        return sign + String.format(Locale.ROOT, "%,.0f", amount);
    }

    /** A fraction as a percentage: 0.6 → 60 %, 0.0825 → 8.3 %. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return UNKNOWN;
        }
        String text = String.format(Locale.ROOT, "%.1f", fraction * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " %";
    }

    /** Three significant digits, grouped: 5.38, 0.0123, 1,234. */
    public static String significant(double value) {
        if (!Double.isFinite(value)) {
            return UNKNOWN;
        }
        if (Math.abs(value) >= 1_000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value == 0 ? "0" : new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    private Figures() {
    }
}
