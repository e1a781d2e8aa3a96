package com.tokenomics.engine;

import com.tokenomics.engine.Calibrator.Row;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The error band a calibration reports, derived from its held-out errors rather than from the fit's own residuals:
 * those flatter the model on the very results it was fitted on.
 */
final class HeldOutBand {

    /** Share of held-out errors the reported band covers. */
    private static final double ERROR_BAND_QUANTILE = 0.8;
    /** Fewest held-out results of a kind that derive that kind's widening of the band. */
    private static final int MIN_RESULTS_FOR_WIDENING = 3;
    /** Fewest models among them: one model's results say little of another's. */
    private static final int MIN_MODELS_FOR_WIDENING = 2;

    private HeldOutBand() {
    }

    /**
     * The band: the 80th percentile of held-out errors of results like the calibration's (dense models, latency
     * limits no tighter than the fit's), and for each way a result can be unlike them the extra error its own held-out
     * results show, in quadrature.
     */
    static Calibration.ErrorBand of(List<Row> rows, Map<String, Double> prompts) {
        Set<String> systems = new HashSet<>();
        double longestContext = 0;
        double tightestTarget = Double.MAX_VALUE;
        for (Row row : rows) {
            if (row.point().validation()) {
                continue;
            }
            systems.add(row.point().scenario().hardware().name());
            Serving serving = Calibrator.servingOf(row.point(), prompts);
            longestContext = Math.max(longestContext, serving.meanInputTokens() + serving.meanOutputTokens());
            if (serving.targetTimePerOutputTokenMs() != null) {
                tightestTarget = Math.min(tightestTarget, serving.targetTimePerOutputTokenMs());
            }
        }
        double context = longestContext;
        double target = tightestTarget;
        Predicate<Row> moe = row -> row.point().scenario().model().moe() != null;
        Predicate<Row> mla = row -> row.point().scenario().model().attention().kind() == Attention.Kind.MLA;
        Predicate<Row> stack = row -> row.point().serving().stack() == ServingStack.DEFAULT;
        Predicate<Row> tight = row -> row.point().serving().targetTimePerOutputTokenMs() != null
                && row.point().serving().targetTimePerOutputTokenMs() < target;
        Predicate<Row> longer = row -> {
            Serving serving = Calibrator.servingOf(row.point(), prompts);
            return serving.meanInputTokens() + serving.meanOutputTokens() > context;
        };
        Predicate<Row> usual = moe.or(mla).or(stack).or(tight).or(longer).negate();
        double base = quantile(abs(rows, usual, Row::heldOutError));
        Map<String, Double> widenings = new LinkedHashMap<>();
        widenings.put(Calibration.ErrorBand.MOE, widening(rows, moe, Row::heldOutError, base));
        widenings.put(Calibration.ErrorBand.MLA, widening(rows, mla, Row::heldOutError, base));
        widenings.put(Calibration.ErrorBand.STACK, widening(rows, stack, Row::heldOutError, base));
        widenings.put(Calibration.ErrorBand.TARGET, widening(rows, tight, Row::heldOutError, base));
        widenings.put(Calibration.ErrorBand.CONTEXT, widening(rows, longer, Row::heldOutError, base));
        widenings.put(Calibration.ErrorBand.SYSTEM, widening(rows, row -> !row.point().validation(),
                Row::leftOutSystemError, base));
        return new Calibration.ErrorBand(base, widenings, context, target, systems);
    }

    private static double widening(List<Row> rows, Predicate<Row> kind, ToDoubleFunction<Row> error, double base) {
        List<Double> errors = abs(rows, kind, error);
        long models = rows.stream().filter(kind).map(row -> row.point().modelId()).distinct().count();
        if (errors.size() < MIN_RESULTS_FOR_WIDENING || models < MIN_MODELS_FOR_WIDENING) {
            // Too little held-out evidence of this kind to tell its extra error: as much again as the base.
            return base;
        }
        double kindBand = quantile(errors);
        return Math.sqrt(Math.max(0, kindBand * kindBand - base * base));
    }

    private static List<Double> abs(List<Row> rows, Predicate<Row> kind, ToDoubleFunction<Row> error) {
        return rows.stream().filter(kind).map(row -> Math.abs(error.applyAsDouble(row)))
                .filter(value -> !Double.isNaN(value)).toList();
    }

    private static double quantile(List<Double> values) {
        return Calibrator.quantile(values, ERROR_BAND_QUANTILE);
    }
}
