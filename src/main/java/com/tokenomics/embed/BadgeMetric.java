package com.tokenomics.embed;

import com.tokenomics.engine.MarketCheck;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.Figures;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The figure a badge shows, named by the response field it comes from. */
enum BadgeMetric {

    USD_PER_MILLION_TOKENS("usdPerMillionTokens", "cost / 1M tokens") {
        @Override
        Optional<String> value(EvaluationResponse result) {
            return Optional.ofNullable(result.unitEconomics())
                    .map(unit -> Figures.usdPerMillion(unit.usdPerMillionTokens()));
        }

        /** With a market price, the colour says whether it covers the cost. */
        @Override
        String colour(EvaluationResponse result) {
            MarketCheck market = result.market();
            if (market == null) {
                return Badge.BLUE;
            }
            return switch (market.verdict()) {
                case SUSTAINABLE -> Badge.GREEN;
                case UNSUSTAINABLE -> Badge.ORANGE;
                case SEVERELY_UNSUSTAINABLE -> Badge.RED;
            };
        }
    },
    TOKENS_PER_USD_PER_WATT("tokensPerUsdPerWatt", "tokens / $ / W") {
        @Override
        Optional<String> value(EvaluationResponse result) {
            return Optional.ofNullable(result.unitEconomics())
                    .map(unit -> Figures.decimal(unit.tokensPerUsdPerWatt()));
        }
    },
    TOTAL_GIB("totalGiB", "memory") {
        @Override
        Optional<String> value(EvaluationResponse result) {
            return Optional.of(Figures.decimal(result.memory().totalGiB()) + " GiB");
        }
    };

    static final String PARAMETER = "metric";

    final String parameter;
    final String defaultLabel;

    BadgeMetric(String parameter, String defaultLabel) {
        this.parameter = parameter;
        this.defaultLabel = defaultLabel;
    }

    /** The figure as shown, or empty when the scenario lacks what it needs (e.g. no throughput for a cost). */
    abstract Optional<String> value(EvaluationResponse result);

    String colour(EvaluationResponse result) {
        return Badge.BLUE;
    }

    static BadgeMetric named(Optional<String> parameter) {
        if (parameter.isEmpty()) {
            return USD_PER_MILLION_TOKENS;
        }
        return Arrays.stream(values()).filter(metric -> metric.parameter.equals(parameter.get())).findFirst()
                .orElseThrow(() -> new InvalidInputException("?" + PARAMETER, "must be one of "
                        + Arrays.stream(values()).map(metric -> metric.parameter).collect(Collectors.joining(", "))
                        + "; got \"" + Markup.clip(parameter.get(), Badge.MAX_TEXT_CODE_POINTS) + "\"."));
    }
}
