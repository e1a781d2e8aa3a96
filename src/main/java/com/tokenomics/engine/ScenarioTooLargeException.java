package com.tokenomics.engine;

/**
 * A scenario whose memory needs more chips than the engine counts exactly ({@link Sizing#MAX_CHIPS}): each input was
 * allowed, their product is not. {@code field} is the JSON pointer of the input to change, as in {@link Warning}.
 */
public final class ScenarioTooLargeException extends RuntimeException {

    private final String field;

    ScenarioTooLargeException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
