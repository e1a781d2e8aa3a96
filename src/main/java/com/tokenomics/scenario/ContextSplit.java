package com.tokenomics.scenario;

import java.util.Optional;

/**
 * A context given without input and output, split as the web calculator splits it (workload.js): 7 parts prompt to 1
 * part answer (8,000 → 7,000 + 1,000, the shape of a retrieval-augmented answer), so that the serving-model estimate,
 * and with it the cost per million tokens, is there for the plainest scenario. The API keeps a context as given
 * (memory only); the doors that split one say so. ContextSplitTest holds this equal to workload.js in Chromium.
 *
 * @param inputTokens  the prompt's share
 * @param outputTokens the generated share
 */
public record ContextSplit(long inputTokens, long outputTokens) {

    private static final double OUTPUT_SHARE = 1.0 / 8;

    /** The split of a context: 8000 → 7000 + 1000. */
    public static ContextSplit of(long contextTokens) {
        long output = Math.round(contextTokens * OUTPUT_SHARE);
        return new ContextSplit(contextTokens - output, output);
    }

    /**
     * The split of a context as typed, when it is a whole number of tokens within the allowed range and at least 2;
     * empty otherwise, so that the API reports what is wrong with the context itself.
     */
    public static Optional<ContextSplit> ofTyped(String contextTokens) {
        double context;
        try {
            context = Double.parseDouble(contextTokens);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!Limits.CONTEXT.allows(context) || context < 2) {
            return Optional.empty();
        }
        return Optional.of(of((long) context));
    }
}
