package com.tokenomics.scenario;

import static com.tokenomics.scenario.CatalogValues.lookUp;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.MarketPrice;
import com.tokenomics.engine.Market;
import com.tokenomics.engine.Workload;
import com.tokenomics.scenario.ScenarioRequest.MarketInput;

/** The market price to compare the cost with: one blended price, or input and output prices (a catalog price's). */
final class MarketResolver {

    private final Catalog catalog;

    MarketResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    Market resolve(MarketInput market, Workload workload, Inputs in) {
        if (market == null) {
            return null;
        }
        MarketPrice listed = lookUp(market.priceId(), "/market/priceId", catalog::price, catalog.prices(), in);
        boolean split = listed != null || market.inputUsdPerMillionTokens() != null
                || market.outputUsdPerMillionTokens() != null;
        if (market.usdPerMillionTokens() != null && split) {
            in.error("/market", "give either usdPerMillionTokens, or inputUsdPerMillionTokens and "
                    + "outputUsdPerMillionTokens (or a priceId), not both.");
            return null;
        }
        if (!split) {
            return Market.blended(in.required(market.usdPerMillionTokens(), "/market/usdPerMillionTokens",
                    Limits.PRICE_PER_MILLION));
        }
        double input = in.required(market.inputUsdPerMillionTokens(), "/market/inputUsdPerMillionTokens",
                Limits.PRICE_PER_MILLION, listed == null ? Fallback.none()
                        : Fallback.catalog(listed.inputUsdPerMillion(), listed.provenance("inputUsdPerMillion")));
        double output = in.required(market.outputUsdPerMillionTokens(), "/market/outputUsdPerMillionTokens",
                Limits.PRICE_PER_MILLION, listed == null ? Fallback.none()
                        : Fallback.catalog(listed.outputUsdPerMillion(), listed.provenance("outputUsdPerMillion")));
        Fallback workloadShare = workload == null || workload.outputTokens() == 0 ? Fallback.none()
                : Fallback.rule((double) workload.inputTokens() / workload.contextTokens(),
                        "the workload's inputTokens / (inputTokens + outputTokens)");
        Double share = in.optional(market.inputTokenShare(), "/market/inputTokenShare", Limits.FRACTION_FROM_ZERO,
                workloadShare);
        if (share == null && workload != null) {
            in.error("/market/inputTokenShare", "is required with input and output prices when the workload gives "
                    + "only contextTokens: " + Limits.FRACTION_FROM_ZERO.describe() + ", or give workload.inputTokens "
                    + "and workload.outputTokens.");
        }
        return Market.split(input, output, share == null ? Double.NaN : share);
    }
}
