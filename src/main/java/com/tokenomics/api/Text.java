package com.tokenomics.api;

/** Keeps echoed user text short, so that an error message never carries a megabyte back. */
final class Text {

    static final int MAX_ECHO_CHARS = 80;

    static String clip(String text) {
        return text.length() <= MAX_ECHO_CHARS ? text : text.substring(0, MAX_ECHO_CHARS) + "…";
    }

    private Text() {
    }
}
