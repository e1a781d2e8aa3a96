package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fits the serving model's few global parameters on published results, and measures how it does on results it was
 * not fitted on. Each result is predicted as its submitter ran it: as many users as memory and the benchmark's
 * latency limits allow, on the best layout of at most the accelerators measured. The fit minimizes the squared log
 * error, with a weak pull towards physically plausible priors so that a parameter the data cannot see stays sane.
 * Held-out errors come from refitting without a whole model, a whole scenario kind or a whole system, and from
 * the validation results that never enter any fit.
 */
public final class Calibrator {

    /** Share of held-out errors the reported band covers. */
    static final double ERROR_BAND_QUANTILE = 0.8;
    /** Weight of the priors against one result's squared log error. */
    private static final double PRIOR_WEIGHT = 0.02;
    /** Squared log error of a result the model cannot serve at all (no layout meets its limits). */
    private static final double INFEASIBLE_PENALTY = Math.pow(Math.log(10), 2);
    private static final int MAX_ITERATIONS = 600;
    /** Fewest held-out results of a kind that derive that kind's widening of the band. */
    private static final int MIN_RESULTS_FOR_WIDENING = 3;

    /**
     * One measured result.
     *
     * @param measuredTokensPerSecondPerChip output tokens/s of the whole system over its accelerators
     * @param validation                    held out of every fit: only ever predicted
     */
    public record Point(String id, String modelId, String systemId, String scenarioKind, Scenario scenario,
            Serving serving, double measuredTokensPerSecondPerChip, boolean validation) {
    }

    /** One result's prediction by the full fit and by the fits that left it out. */
    public record Row(Point point, double fitted, double leftOutModel, double leftOutScenario, double leftOutSystem) {

        public double fittedError() {
            return error(fitted);
        }

        public double leftOutModelError() {
            return error(leftOutModel);
        }

        public double leftOutScenarioError() {
            return error(leftOutScenario);
        }

        public double leftOutSystemError() {
            return error(leftOutSystem);
        }

        /** The worst of the errors without this result's model or scenario in the fit: the honest figure. */
        public double heldOutError() {
            return point.validation() ? fittedError()
                    : Math.abs(leftOutModelError()) >= Math.abs(leftOutScenarioError()) ? leftOutModelError()
                            : leftOutScenarioError();
        }

        private double error(double predicted) {
            return predicted <= 0 ? -1 : predicted / point.measuredTokensPerSecondPerChip() - 1;
        }
    }

    public record Result(Calibration calibration, List<Row> rows) {
    }

    private Calibrator() {
    }

    /** Fits on every non-validation point and evaluates all of them held out. */
    public static Result fitAndEvaluate(List<Point> points, String basis) {
        List<Point> fitPoints = points.stream().filter(point -> !point.validation()).toList();
        Calibration full = fit(fitPoints);
        Map<String, Calibration> withoutModel = refits(fitPoints, Point::modelId);
        Map<String, Calibration> withoutScenario = refits(fitPoints, Point::scenarioKind);
        Map<String, Calibration> withoutSystem = refits(fitPoints, Point::systemId);
        List<Row> rows = new ArrayList<>();
        for (Point point : points) {
            double fitted = predict(point, full);
            rows.add(point.validation() ? new Row(point, fitted, fitted, fitted, fitted)
                    : new Row(point, fitted, predict(point, withoutModel.get(point.modelId())),
                            predict(point, withoutScenario.get(point.scenarioKind())),
                            predict(point, withoutSystem.get(point.systemId()))));
        }
        return new Result(full.withBand(band(rows), basis), List.copyOf(rows));
    }

    private static Map<String, Calibration> refits(List<Point> points,
            java.util.function.Function<Point, String> key) {
        Map<String, Calibration> fits = new LinkedHashMap<>();
        for (Point point : points) {
            fits.computeIfAbsent(key.apply(point), left -> {
                List<Point> rest = points.stream().filter(other -> !key.apply(other).equals(left)).toList();
                return rest.isEmpty() ? Calibration.ROOFLINE : fit(rest);
            });
        }
        return fits;
    }

    /** The predicted output tokens/s per chip of a result, or 0 when the model cannot serve it. */
    public static double predict(Point point, Calibration calibration) {
        return Estimator.estimate(point.scenario(), calibration, point.serving())
                .map(Estimate::outputTokensPerSecondPerChip).orElse(0.0);
    }

    static Calibration fit(List<Point> points) {
        double[] start = encode(PRIORS);
        double[] best = NelderMead.minimize(x -> loss(points, decode(x)), start, MAX_ITERATIONS);
        return decode(best);
    }

    /** The priors the fit is pulled towards (docs/accuracy.md says where each comes from). */
    static final Calibration PRIORS = new Calibration(0.8, 0.6, 0.7, 10, 20, 0.6, 1.3,
            Calibration.ROOFLINE.band(), "priors");

    private static double loss(List<Point> points, Calibration calibration) {
        double loss = 0;
        for (Point point : points) {
            double predicted = predict(point, calibration);
            loss += predicted <= 0 ? INFEASIBLE_PENALTY
                    : Math.pow(Math.log(predicted / point.measuredTokensPerSecondPerChip()), 2);
        }
        double[] x = encode(calibration);
        double[] prior = encode(PRIORS);
        for (int i = 0; i < x.length; i++) {
            loss += PRIOR_WEIGHT * (x[i] - prior[i]) * (x[i] - prior[i]);
        }
        return loss;
    }

    /** Unbounded coordinates for the search: logits of the fractions, logs of the rest. */
    static double[] encode(Calibration c) {
        return new double[] {logit(c.bandwidthEfficiency()), logit(c.computeEfficiency()),
            logit(c.interconnectEfficiency()), Math.log(c.collectiveLatencyUs()), Math.log(c.layerOverheadUs()),
            logit(c.defaultStackFactor()), Math.log(c.tailToMeanLatency() - 1)};
    }

    static Calibration decode(double[] x) {
        return new Calibration(sigmoid(x[0]), sigmoid(x[1]), sigmoid(x[2]), Math.exp(x[3]), Math.exp(x[4]),
                sigmoid(x[5]), 1 + Math.exp(x[6]), Calibration.ROOFLINE.band(), "fitted");
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * The band: the 80th percentile of held-out errors of results like the calibration's (dense models, latency
     * limits no tighter than the fit's), and for each way a result can be unlike them the extra error its own held-out
     * results show, in quadrature.
     */
    static Calibration.ErrorBand band(List<Row> rows) {
        Set<String> systems = new HashSet<>();
        double longestContext = 0;
        double tightestTarget = Double.MAX_VALUE;
        for (Row row : rows) {
            if (row.point().validation()) {
                continue;
            }
            systems.add(row.point().scenario().hardware().name());
            Serving serving = row.point().serving();
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
            Serving serving = row.point().serving();
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

    private static double widening(List<Row> rows, Predicate<Row> kind,
            java.util.function.ToDoubleFunction<Row> error, double base) {
        List<Double> errors = abs(rows, kind, error);
        if (errors.size() < MIN_RESULTS_FOR_WIDENING) {
            return base;
        }
        double kindBand = quantile(errors);
        return Math.sqrt(Math.max(0, kindBand * kindBand - base * base));
    }

    private static List<Double> abs(List<Row> rows, Predicate<Row> kind,
            java.util.function.ToDoubleFunction<Row> error) {
        return rows.stream().filter(kind).map(row -> Math.abs(error.applyAsDouble(row))).toList();
    }

    static double quantile(List<Double> values) {
        return quantile(values, ERROR_BAND_QUANTILE);
    }

    public static double quantile(List<Double> values, double quantile) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        double position = quantile * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }
}
