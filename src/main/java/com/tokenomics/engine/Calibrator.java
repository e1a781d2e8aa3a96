package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fits the serving model's few global parameters on published results, and measures how it does on results it was
 * not fitted on. Each result is predicted as its submitter ran it: as many users as memory and the benchmark's
 * latency limits allow, on the best layout of at most the accelerators measured. The fit minimizes the squared log
 * error, with a weak pull towards physically plausible priors so that a parameter the data cannot see stays sane.
 * Held-out errors come from refitting without a whole model, a whole scenario kind or a whole system, and from
 * the validation results that never enter any fit.
 *
 * <p>Some benchmarks publish their mean output length but not their mean prompt length. That one workload fact is
 * then fitted with the rest (per data set, within its published cap). For a left-out model it is fitted on that
 * model's Offline results alone, with the serving model's parameters frozen, and only its other scenarios count as
 * held out.
 */
public final class Calibrator {

    /** Share of held-out errors the reported band covers. */
    static final double ERROR_BAND_QUANTILE = 0.8;
    /** Weight of the priors against one result's squared log error. */
    private static final double PRIOR_WEIGHT = 0.02;
    /** Squared log error of a result the model cannot serve at all (no layout meets its limits). */
    private static final double INFEASIBLE_PENALTY = Math.pow(Math.log(10), 2);
    private static final int MAX_ITERATIONS = 1_500;
    /** Fewest held-out results of a kind that derive that kind's widening of the band. */
    private static final int MIN_RESULTS_FOR_WIDENING = 3;
    /** Fewest models among them: one model's results say little of another's. */
    private static final int MIN_MODELS_FOR_WIDENING = 2;
    private static final int GLOBAL_PARAMETERS = 9;
    private static final double MIN_PROMPT_TOKENS = 16;
    static final String OFFLINE = "offline";

    /**
     * One measured result.
     *
     * @param measuredTokensPerSecondPerChip output tokens/s of the whole system over its accelerators
     * @param validation                    held out of every fit: only ever predicted
     * @param promptDataset                 the data set whose unpublished mean prompt length is fitted, or null
     *                                      when the serving's mean input is published
     * @param promptCapTokens               the data set's published longest prompt, bounding the fitted mean
     */
    public record Point(String id, String modelId, String systemId, String scenarioKind, Scenario scenario,
            Serving serving, double measuredTokensPerSecondPerChip, boolean validation, String promptDataset,
            double promptCapTokens) {
    }

    /**
     * One result's prediction by the full fit and by the fits that left it out (NaN where a held-out prediction
     * does not exist: a left-out model's Offline results that its prompt length was fitted on).
     */
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
            if (point.validation()) {
                return promptFittedOn(point) ? Double.NaN : fittedError();
            }
            double model = leftOutModelError();
            double scenario = leftOutScenarioError();
            if (Double.isNaN(model)) {
                return scenario;
            }
            return Math.abs(model) >= Math.abs(scenario) || Double.isNaN(scenario) ? model : scenario;
        }

        private double error(double predicted) {
            if (Double.isNaN(predicted)) {
                return Double.NaN;
            }
            return predicted <= 0 ? -1 : predicted / point.measuredTokensPerSecondPerChip() - 1;
        }
    }

    /** The calibration, the prompt lengths fitted where none is published, and every result's errors. */
    public record Result(Calibration calibration, Map<String, Double> fittedPromptTokens, List<Row> rows) {
    }

    /** A fit: the parameters and the prompt lengths it fitted. */
    record Fit(Calibration calibration, Map<String, Double> prompts) {
    }

    private Calibrator() {
    }

    /** Fits on every non-validation point and evaluates all of them held out. */
    public static Result fitAndEvaluate(List<Point> points, String basis) {
        List<Point> fitPoints = points.stream().filter(point -> !point.validation()).toList();
        Fit full = fit(fitPoints);
        Map<String, Fit> withoutScenario = refits(fitPoints, Point::scenarioKind, full);
        Map<String, Fit> withoutSystem = refits(fitPoints, Point::systemId, full);
        Map<String, Fit> withoutModel = new LinkedHashMap<>();
        for (Point point : fitPoints) {
            withoutModel.computeIfAbsent(point.modelId(), left -> leftOutModelFit(fitPoints, left));
        }
        // A validation model's unpublished prompt length, like a left-out model's, from its own Offline results.
        Fit validation = withPromptsOf(points.stream().filter(Point::validation).toList(), full);
        List<Row> rows = new ArrayList<>();
        for (Point point : points) {
            if (point.validation()) {
                double predicted = predict(point, validation);
                rows.add(new Row(point, predicted, predicted, predicted, predicted));
                continue;
            }
            double fitted = predict(point, full);
            rows.add(new Row(point, fitted,
                    promptFittedOn(point) ? Double.NaN : predict(point, withoutModel.get(point.modelId())),
                    predict(point, withoutScenario.get(point.scenarioKind())),
                    predict(point, withoutSystem.get(point.systemId()))));
        }
        return new Result(full.calibration().withBand(band(rows, validation.prompts()), basis),
                Map.copyOf(validation.prompts()),
                List.copyOf(rows));
    }

    private static Map<String, Fit> refits(List<Point> points, Function<Point, String> key, Fit full) {
        Map<String, Fit> fits = new LinkedHashMap<>();
        for (Point point : points) {
            fits.computeIfAbsent(key.apply(point), left -> {
                List<Point> rest = points.stream().filter(other -> !key.apply(other).equals(left)).toList();
                Fit fit = fit(rest);
                // A prompt length no remaining result can tell keeps the full fit's: the workload, not the model.
                Map<String, Double> prompts = new LinkedHashMap<>(full.prompts());
                prompts.putAll(fit.prompts());
                return new Fit(fit.calibration(), prompts);
            });
        }
        return fits;
    }

    /** Whether a result is one a left-out model's prompt length is fitted on: so not held out itself. */
    private static boolean promptFittedOn(Point point) {
        return point.promptDataset() != null && OFFLINE.equals(point.scenarioKind());
    }

    /** The fit without a model; the model's own prompt length, if unpublished, from its Offline results alone. */
    private static Fit leftOutModelFit(List<Point> points, String model) {
        return withPromptsOf(points.stream().filter(point -> point.modelId().equals(model)).toList(),
                fit(points.stream().filter(point -> !point.modelId().equals(model)).toList()));
    }

    /** A fit's parameters, frozen, with the unpublished prompt lengths of these results fitted on their Offline ones. */
    private static Fit withPromptsOf(List<Point> own, Fit rest) {
        Map<String, Double> prompts = new LinkedHashMap<>(rest.prompts());
        for (String dataset : datasets(own)) {
            if (prompts.containsKey(dataset) && own.stream().noneMatch(point -> dataset.equals(point.promptDataset())
                    && OFFLINE.equals(point.scenarioKind()))) {
                continue;
            }
            List<Point> offline = own.stream().filter(point -> dataset.equals(point.promptDataset())
                    && OFFLINE.equals(point.scenarioKind())).toList();
            double cap = offline.stream().mapToDouble(Point::promptCapTokens).min().orElse(Double.MAX_VALUE);
            double[] best = NelderMead.minimize(x -> {
                Map<String, Double> trial = new LinkedHashMap<>(prompts);
                trial.put(dataset, prompt(x[0], cap));
                return offline.stream().mapToDouble(point -> squaredLogError(point,
                        new Fit(rest.calibration(), trial))).sum();
            }, new double[] {Math.log(Math.min(cap, 1_000))}, MAX_ITERATIONS);
            prompts.put(dataset, prompt(best[0], cap));
        }
        return new Fit(rest.calibration(), prompts);
    }

    /** The predicted output tokens/s per chip of a result, or 0 when the model cannot serve it. */
    static double predict(Point point, Fit fit) {
        Serving serving = point.serving();
        if (point.promptDataset() != null) {
            Double prompt = fit.prompts().get(point.promptDataset());
            if (prompt == null) {
                return Double.NaN;
            }
            serving = serving.withMeanTokens(prompt, serving.meanOutputTokens());
        }
        return Estimator.estimate(point.scenario(), fit.calibration(), serving)
                .map(Estimate::outputTokensPerSecondPerChip).orElse(0.0);
    }

    /** The estimate of a result under a calibration and the fitted prompt lengths, as a user would get it. */
    public static Serving servingOf(Point point, Map<String, Double> prompts) {
        return point.promptDataset() == null ? point.serving()
                : point.serving().withMeanTokens(prompts.get(point.promptDataset()), point.serving().meanOutputTokens());
    }

    static Fit fit(List<Point> points) {
        List<String> datasets = datasets(points);
        Map<String, Double> caps = new LinkedHashMap<>();
        for (Point point : points) {
            if (point.promptDataset() != null) {
                caps.merge(point.promptDataset(), point.promptCapTokens(), Math::min);
            }
        }
        double[] start = new double[GLOBAL_PARAMETERS + datasets.size()];
        System.arraycopy(encode(PRIORS), 0, start, 0, GLOBAL_PARAMETERS);
        for (int i = 0; i < datasets.size(); i++) {
            start[GLOBAL_PARAMETERS + i] = Math.log(Math.min(caps.get(datasets.get(i)), 1_000));
        }
        double[] best = NelderMead.minimize(x -> loss(points, decodeFit(x, datasets, caps)), start, MAX_ITERATIONS);
        return decodeFit(best, datasets, caps);
    }

    private static Fit decodeFit(double[] x, List<String> datasets, Map<String, Double> caps) {
        Map<String, Double> prompts = new LinkedHashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            prompts.put(datasets.get(i), prompt(x[GLOBAL_PARAMETERS + i], caps.get(datasets.get(i))));
        }
        return new Fit(decode(x), prompts);
    }

    private static double prompt(double logTokens, double cap) {
        return Math.max(MIN_PROMPT_TOKENS, Math.min(cap, Math.exp(logTokens)));
    }

    private static List<String> datasets(List<Point> points) {
        return points.stream().map(Point::promptDataset).filter(java.util.Objects::nonNull).distinct().sorted()
                .toList();
    }

    /** The priors the fit is pulled towards (docs/accuracy.md says where each comes from). */
    static final Calibration PRIORS = new Calibration(0.8, 0.6, 0.7, 10, 20, 0.6, 1.3, 2, 0.7,
            Calibration.ROOFLINE.band(), "priors");

    private static double loss(List<Point> points, Fit fit) {
        double loss = 0;
        for (Point point : points) {
            loss += squaredLogError(point, fit);
        }
        double[] x = encode(fit.calibration());
        double[] prior = encode(PRIORS);
        for (int i = 0; i < x.length; i++) {
            loss += PRIOR_WEIGHT * (x[i] - prior[i]) * (x[i] - prior[i]);
        }
        return loss;
    }

    private static double squaredLogError(Point point, Fit fit) {
        double predicted = predict(point, fit);
        return predicted > 0 ? Math.pow(Math.log(predicted / point.measuredTokensPerSecondPerChip()), 2)
                : INFEASIBLE_PENALTY;
    }

    /** Unbounded coordinates for the search: logits of the fractions, logs of the rest. */
    static double[] encode(Calibration c) {
        return new double[] {logit(c.bandwidthEfficiency()), logit(c.computeEfficiency()),
            logit(c.interconnectEfficiency()), Math.log(c.collectiveLatencyUs()), Math.log(c.layerOverheadUs()),
            logit(c.defaultStackFactor()), Math.log(c.tailToMeanLatency() - 1),
            Math.log(c.firstTokenTailToMean() - 1), logit(c.fourBitComputeShare())};
    }

    static Calibration decode(double[] x) {
        // Only the global parameters: the fitted prompt lengths follow them in x.
        return new Calibration(sigmoid(x[0]), sigmoid(x[1]), sigmoid(x[2]), Math.exp(x[3]), Math.exp(x[4]),
                sigmoid(x[5]), 1 + Math.exp(x[6]), 1 + Math.exp(x[7]), sigmoid(x[8]), Calibration.ROOFLINE.band(),
                "fitted");
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
    static Calibration.ErrorBand band(List<Row> rows, Map<String, Double> prompts) {
        Set<String> systems = new HashSet<>();
        double longestContext = 0;
        double tightestTarget = Double.MAX_VALUE;
        for (Row row : rows) {
            if (row.point().validation()) {
                continue;
            }
            systems.add(row.point().scenario().hardware().name());
            Serving serving = servingOf(row.point(), prompts);
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
            Serving serving = servingOf(row.point(), prompts);
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
        long models = rows.stream().filter(kind).map(row -> row.point().modelId()).distinct().count();
        if (errors.size() < MIN_RESULTS_FOR_WIDENING || models < MIN_MODELS_FOR_WIDENING) {
            // Too little held-out evidence of this kind to tell its extra error: as much again as the base.
            return base;
        }
        double kindBand = quantile(errors);
        return Math.sqrt(Math.max(0, kindBand * kindBand - base * base));
    }

    private static List<Double> abs(List<Row> rows, Predicate<Row> kind,
            java.util.function.ToDoubleFunction<Row> error) {
        return rows.stream().filter(kind).map(row -> Math.abs(error.applyAsDouble(row)))
                .filter(value -> !Double.isNaN(value)).toList();
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
