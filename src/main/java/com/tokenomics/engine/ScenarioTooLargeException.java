package com.tokenomics.engine;

/**
 * A scenario whose memory needs more chips than the engine counts exactly ({@link Sizing#MAX_CHIPS}): each input was
 * allowed, their product is not. {@code input} is the one to change, as in {@link Warning}.
 */
public final class ScenarioTooLargeException extends RuntimeException {

    private final Input input;

    ScenarioTooLargeException(Input input, String message) {
        super(message, null, false, false);
        this.input = input;
    }

    public Input input() {
        return input;
    }
}
