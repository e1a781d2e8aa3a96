package com.tokenomics.embed;

/**
 * Text echoed into SVG or HTML: clipped, stripped of characters XML 1.0 cannot carry (which would make a badge
 * unreadable), and escaped so that it stays text in element content and in quoted attributes alike.
 */
final class Markup {

    static final String ELLIPSIS = "…";

    /** At most {@code maxCodePoints} characters of the text, with an ellipsis when something was cut. */
    static String clip(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)) + ELLIPSIS;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\t', '\n', '\r' -> escaped.append(' ');
                default -> {
                    if (allowedInXml(codePoint)) {
                        escaped.appendCodePoint(codePoint);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** XML 1.0's Char production, less the C0 controls: lone surrogates and U+FFFE/U+FFFF are out too. */
    private static boolean allowedInXml(int codePoint) {
        return codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    private Markup() {
    }
}
