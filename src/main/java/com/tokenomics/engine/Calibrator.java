package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fits the serving model's few global parameters on published results, and measures how it does on results it was
 * not fitted on. Each result is predicted as its submitter ran it: as many users as memory and the benchmark's
 * latency limits allow, on the best layout of at most the accelerators measured. The fit ({@link CalibrationFit})
 * minimizes the squared log error, with a weak pull towards physically plausible priors so that a parameter the data
 * cannot see stays sane. Held-out errors come from refitting without a whole model, a whole scenario kind or a whole
 * system, and from the validation results that never enter any fit; the band reported ({@link HeldOutBand}) comes
 * from them.
 *
 * <p>Some benchmarks publish their mean output length but not their mean prompt length. That one workload fact is
 * then fitted with the rest (per data set, within its published cap). For a left-out model it is fitted on that
 * model's Offline results alone, with the serving model's parameters frozen, and only its other scenarios count as
 * held out.
 */
public final class Calibrator {

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

    private Calibrator() {
    }

    /** Fits on every non-validation point and evaluates all of them held out. */
    public static Result fitAndEvaluate(List<Point> points, String basis) {
        List<Point> fitPoints = points.stream().filter(point -> !point.validation()).toList();
        CalibrationFit full = CalibrationFit.on(fitPoints);
        Map<String, CalibrationFit> withoutScenario = refits(fitPoints, Point::scenarioKind, full);
        Map<String, CalibrationFit> withoutSystem = refits(fitPoints, Point::systemId, full);
        Map<String, CalibrationFit> withoutModel = new LinkedHashMap<>();
        for (Point point : fitPoints) {
            withoutModel.computeIfAbsent(point.modelId(), left -> leftOutModelFit(fitPoints, left));
        }
        // A validation model's unpublished prompt length, like a left-out model's, from its own Offline results.
        CalibrationFit validation = full.withPromptsOf(points.stream().filter(Point::validation).toList());
        List<Row> rows = new ArrayList<>();
        for (Point point : points) {
            if (point.validation()) {
                double predicted = validation.predict(point);
                rows.add(new Row(point, predicted, predicted, predicted, predicted));
                continue;
            }
            double fitted = full.predict(point);
            rows.add(new Row(point, fitted,
                    promptFittedOn(point) ? Double.NaN : withoutModel.get(point.modelId()).predict(point),
                    withoutScenario.get(point.scenarioKind()).predict(point),
                    withoutSystem.get(point.systemId()).predict(point)));
        }
        return new Result(full.calibration().withBand(HeldOutBand.of(rows, validation.prompts()), basis),
                Map.copyOf(validation.prompts()),
                List.copyOf(rows));
    }

    private static Map<String, CalibrationFit> refits(List<Point> points, Function<Point, String> key,
            CalibrationFit full) {
        Map<String, CalibrationFit> fits = new LinkedHashMap<>();
        for (Point point : points) {
            fits.computeIfAbsent(key.apply(point), left -> {
                List<Point> rest = points.stream().filter(other -> !key.apply(other).equals(left)).toList();
                CalibrationFit fit = CalibrationFit.on(rest);
                // A prompt length no remaining result can tell keeps the full fit's: the workload, not the model.
                Map<String, Double> prompts = new LinkedHashMap<>(full.prompts());
                prompts.putAll(fit.prompts());
                return new CalibrationFit(fit.calibration(), prompts);
            });
        }
        return fits;
    }

    /** Whether a result is one a left-out model's prompt length is fitted on: so not held out itself. */
    private static boolean promptFittedOn(Point point) {
        return point.promptDataset() != null && OFFLINE.equals(point.scenarioKind());
    }

    /** The fit without a model; the model's own prompt length, if unpublished, from its Offline results alone. */
    private static CalibrationFit leftOutModelFit(List<Point> points, String model) {
        return CalibrationFit.on(points.stream().filter(point -> !point.modelId().equals(model)).toList())
                .withPromptsOf(points.stream().filter(point -> point.modelId().equals(model)).toList());
    }

    /** The estimate of a result under a calibration and the fitted prompt lengths, as a user would get it. */
    public static Serving servingOf(Point point, Map<String, Double> prompts) {
        return point.promptDataset() == null ? point.serving()
                : point.serving().withMeanTokens(prompts.get(point.promptDataset()), point.serving().meanOutputTokens());
    }

    /** The quantile of the values, interpolated between the nearest ranks; 0 when there are none. */
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
