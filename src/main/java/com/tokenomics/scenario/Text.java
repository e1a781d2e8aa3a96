package com.tokenomics.scenario;

/**
 * Echoed user text, kept short, so that an error message never carries a megabyte back, and kept well-formed
 * Unicode, so that strict JSON readers accept the answer that carries it.
 */
public final class Text {

    static final int MAX_ECHO_CHARS = 80;
    private static final char REPLACEMENT = '\uFFFD';

    public static String clip(String text) {
        int end = text.length();
        if (end > MAX_ECHO_CHARS) {
            // Never between the two halves of a surrogate pair (an emoji).
            end = Character.isHighSurrogate(text.charAt(MAX_ECHO_CHARS - 1)) ? MAX_ECHO_CHARS - 1 : MAX_ECHO_CHARS;
        }
        StringBuilder clipped = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                clipped.append(c).append(text.charAt(++i));
            } else {
                clipped.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return end < text.length() ? clipped.append('…').toString() : clipped.toString();
    }

    private Text() {
    }
}
