package com.tokenomics.scenario;

import com.tokenomics.engine.Estimate;
import com.tokenomics.scenario.AnalysisResponses.ComparedEntry;
import com.tokenomics.scenario.AnalysisResponses.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Evaluations side by side: ranked by cost per million tokens and by tokens per dollar per watt, with a sentence for
 * each on what makes it dearer than the best.
 */
final class Ranking {

    private static final double PERCENT = 100;

    /** The entries best first by cost; those without a cost per token last, unranked. */
    static Comparison rank(List<String> labels, List<EvaluationResponse> evaluations) {
        List<Integer> byCost = order(evaluations, Comparator.comparingDouble(
                evaluation -> evaluation.unitEconomics().usdPerMillionTokens()));
        // Tokens per dollar per watt is null only when the annual cost is 0: unboundedly efficient, so first.
        List<Integer> byEfficiency = order(evaluations, Comparator.comparingDouble(
                (EvaluationResponse evaluation) -> evaluation.unitEconomics().tokensPerUsdPerWatt() == null
                        ? Double.POSITIVE_INFINITY : evaluation.unitEconomics().tokensPerUsdPerWatt()).reversed());
        List<ComparedEntry> entries = new ArrayList<>();
        for (int position = 0; position < byCost.size(); position++) {
            int i = byCost.get(position);
            entries.add(new ComparedEntry(labels.get(i), position + 1, byEfficiency.indexOf(i) + 1,
                    evaluations.get(i)));
        }
        for (int i = 0; i < evaluations.size(); i++) {
            if (!byCost.contains(i)) {
                entries.add(new ComparedEntry(labels.get(i), null, null, evaluations.get(i)));
            }
        }
        return new Comparison("usdPerMillionTokens", entries, explanations(entries));
    }

    private static List<Integer> order(List<EvaluationResponse> evaluations, Comparator<EvaluationResponse> by) {
        return IntStream.range(0, evaluations.size())
                .filter(i -> evaluations.get(i).unitEconomics() != null)
                .boxed()
                .sorted(Comparator.comparing(evaluations::get, by))
                .toList();
    }

    /** Cost per token = annual cost / tokens a year: say which of the two makes each entry dearer than the best. */
    private static List<String> explanations(List<ComparedEntry> entries) {
        List<String> lines = new ArrayList<>();
        ComparedEntry best = entries.isEmpty() || entries.get(0).rankByCost() == null ? null : entries.get(0);
        for (ComparedEntry entry : entries) {
            EvaluationResponse evaluation = entry.evaluation();
            if (entry.rankByCost() == null) {
                lines.add(entry.label() + " is not ranked: it has no cost per token ("
                        + String.join(", ", evaluation.warnings().stream().map(w -> w.code()).toList()) + ").");
            } else if (entry != best) {
                lines.add(comparedWithTheBest(entry, best));
            }
        }
        List<String> estimated = new ArrayList<>();
        for (ComparedEntry entry : entries) {
            Estimate estimate = entry.evaluation().estimate();
            if (estimate != null) {
                estimated.add(String.format(Locale.ROOT, "%s ≈ %,.0f tokens/s per chip ±%.0f %% (bound by %s, batch "
                        + "limited by %s)", entry.label(), estimate.outputTokensPerSecondPerChip(),
                        estimate.expectedErrorFraction() * PERCENT, estimate.boundBy(), estimate.limitedBy()));
            }
        }
        if (!estimated.isEmpty()) {
            lines.add("Estimated throughputs, whose band the cost per token carries: " + String.join("; ", estimated)
                    + ".");
        }
        return lines;
    }

    private static String comparedWithTheBest(ComparedEntry entry, ComparedEntry best) {
        EvaluationResponse evaluation = entry.evaluation();
        EvaluationResponse top = best.evaluation();
        if (top.cost().annualTotalUsd() == 0) {
            // Free hardware, power and hosting: no ratio to the best exists.
            return String.format(Locale.ROOT, "%s costs $%.4f per million tokens; %s costs nothing a year (its "
                    + "hardware, power and hosting are free), so no ratio compares them.", entry.label(),
                    evaluation.unitEconomics().usdPerMillionTokens(), best.label());
        }
        double costRatio = evaluation.cost().annualTotalUsd() / top.cost().annualTotalUsd();
        double tokenRatio = evaluation.unitEconomics().tokensPerYear() / top.unitEconomics().tokensPerYear();
        return String.format(Locale.ROOT, "%s costs $%.4f per million tokens, %.0f %% more than %s ($%.4f): its "
                + "hardware costs %.2f× as much a year and produces %.2f× the tokens.",
                entry.label(), evaluation.unitEconomics().usdPerMillionTokens(),
                (evaluation.unitEconomics().usdPerMillionTokens() / top.unitEconomics().usdPerMillionTokens() - 1)
                        * PERCENT,
                best.label(), top.unitEconomics().usdPerMillionTokens(), costRatio, tokenRatio);
    }

    private Ranking() {
    }
}
