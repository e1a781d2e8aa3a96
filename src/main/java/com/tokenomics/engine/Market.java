package com.tokenomics.engine;

/**
 * A market price to check against the cost: either one blended price per million tokens, or separate input and
 * output prices blended by the share of input tokens among all tokens.
 */
public record Market(
        Double usdPerMillionTokens,
        Double inputUsdPerMillionTokens,
        Double outputUsdPerMillionTokens,
        double inputTokenShare) {

    public static Market blended(double usdPerMillionTokens) {
        return new Market(usdPerMillionTokens, null, null, 0);
    }

    public static Market split(double inputUsdPerMillionTokens, double outputUsdPerMillionTokens,
            double inputTokenShare) {
        return new Market(null, inputUsdPerMillionTokens, outputUsdPerMillionTokens, inputTokenShare);
    }

    public double blendedUsdPerMillionTokens() {
        if (usdPerMillionTokens != null) {
            return usdPerMillionTokens;
        }
        return inputTokenShare * inputUsdPerMillionTokens + (1 - inputTokenShare) * outputUsdPerMillionTokens;
    }
}
