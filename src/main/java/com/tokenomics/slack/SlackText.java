package com.tokenomics.slack;

/**
 * Text for Slack messages: cut to Slack's limits without splitting a character or an escape, and with the three
 * characters Slack gives a meaning to escaped in every text object, plain_text headers included, so that a typed
 * {@code <!channel>}, {@code <@U…>}, {@code <#C…>} or {@code <!subteam^…>} cannot ping anyone.
 */
final class SlackText {

    private static final String ELLIPSIS = "…";

    /** Escapes {@code & < >} as Slack requires and cuts the result to at most {@code maxChars}. */
    static String escaped(String raw, int maxChars) {
        StringBuilder escaped = new StringBuilder(Math.min(raw.length(), maxChars) + 8);
        int budget = maxChars - ELLIPSIS.length();
        for (int i = 0; i < raw.length(); ) {
            int codePoint = raw.codePointAt(i);
            String next = switch (codePoint) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> new String(Character.toChars(codePoint));
            };
            i += Character.charCount(codePoint);
            boolean last = i >= raw.length();
            if (escaped.length() + next.length() > (last ? maxChars : budget)) {
                return escaped.append(ELLIPSIS).toString();
            }
            escaped.append(next);
        }
        return escaped.toString();
    }

    /**
     * Cuts raw text to at most {@code maxChars}, never inside a surrogate pair: for a part of a longer text, which is
     * escaped as a whole.
     */
    static String cut(String raw, int maxChars) {
        if (raw.length() <= maxChars) {
            return raw;
        }
        int end = maxChars - ELLIPSIS.length();
        if (Character.isHighSurrogate(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(0, end) + ELLIPSIS;
    }

    private SlackText() {
    }
}
