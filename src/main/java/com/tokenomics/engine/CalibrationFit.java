package com.tokenomics.engine;

import com.tokenomics.engine.Calibrator.Point;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fit of the serving model on published results: its parameters and the prompt lengths it fitted where a data set
 * publishes none. The objective is the squared log error of each result's predicted throughput, with a weak pull
 * towards physically plausible priors so that a parameter the data cannot see stays sane; {@link Calibrator} decides
 * which results each fit sees.
 *
 * @param prompts fitted mean prompt tokens by data set
 */
record CalibrationFit(Calibration calibration, Map<String, Double> prompts) {

    /** Weight of the priors against one result's squared log error. */
    private static final double PRIOR_WEIGHT = 0.02;
    /** Squared log error of a result the model cannot serve at all (no layout meets its limits). */
    private static final double INFEASIBLE_PENALTY = Math.pow(Math.log(10), 2);
    private static final int MAX_ITERATIONS = 1_500;
    private static final int GLOBAL_PARAMETERS = 9;
    private static final double MIN_PROMPT_TOKENS = 16;

    /** The priors the fit is pulled towards (docs/accuracy.md says where each comes from). */
    private static final Calibration PRIORS = new Calibration(0.8, 0.6, 0.7, 10, 20, 0.6, 1.3, 2, 0.7,
            Calibration.ROOFLINE.band(), "priors");

    /** Fits the parameters and the unpublished prompt lengths together on these results. */
    static CalibrationFit on(List<Point> points) {
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

    /**
     * This fit's parameters, frozen, with the unpublished prompt lengths of these results fitted on their Offline
     * ones.
     */
    CalibrationFit withPromptsOf(List<Point> own) {
        Map<String, Double> fitted = new LinkedHashMap<>(prompts);
        for (String dataset : datasets(own)) {
            if (fitted.containsKey(dataset) && own.stream().noneMatch(point -> dataset.equals(point.promptDataset())
                    && Calibrator.OFFLINE.equals(point.scenarioKind()))) {
                continue;
            }
            List<Point> offline = own.stream().filter(point -> dataset.equals(point.promptDataset())
                    && Calibrator.OFFLINE.equals(point.scenarioKind())).toList();
            double cap = offline.stream().mapToDouble(Point::promptCapTokens).min().orElse(Double.MAX_VALUE);
            double[] best = NelderMead.minimize(x -> {
                Map<String, Double> trial = new LinkedHashMap<>(fitted);
                trial.put(dataset, prompt(x[0], cap));
                return offline.stream().mapToDouble(point -> new CalibrationFit(calibration, trial)
                        .squaredLogError(point)).sum();
            }, new double[] {Math.log(Math.min(cap, 1_000))}, MAX_ITERATIONS);
            fitted.put(dataset, prompt(best[0], cap));
        }
        return new CalibrationFit(calibration, fitted);
    }

    /** The predicted output tokens/s per chip of a result, or 0 when the model cannot serve it. */
    double predict(Point point) {
        Serving serving = point.serving();
        if (point.promptDataset() != null) {
            Double prompt = prompts.get(point.promptDataset());
            if (prompt == null) {
                return Double.NaN;
            }
            serving = serving.withMeanTokens(prompt, serving.meanOutputTokens());
        }
        return Estimator.estimate(point.scenario(), calibration, serving)
                .map(Estimate::outputTokensPerSecondPerChip).orElse(0.0);
    }

    private static CalibrationFit decodeFit(double[] x, List<String> datasets, Map<String, Double> caps) {
        Map<String, Double> prompts = new LinkedHashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            prompts.put(datasets.get(i), prompt(x[GLOBAL_PARAMETERS + i], caps.get(datasets.get(i))));
        }
        return new CalibrationFit(decode(x), prompts);
    }

    private static double prompt(double logTokens, double cap) {
        return Math.max(MIN_PROMPT_TOKENS, Math.min(cap, Math.exp(logTokens)));
    }

    private static List<String> datasets(List<Point> points) {
        return points.stream().map(Point::promptDataset).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static double loss(List<Point> points, CalibrationFit fit) {
        double loss = 0;
        for (Point point : points) {
            loss += fit.squaredLogError(point);
        }
        double[] x = encode(fit.calibration());
        double[] prior = encode(PRIORS);
        for (int i = 0; i < x.length; i++) {
            loss += PRIOR_WEIGHT * (x[i] - prior[i]) * (x[i] - prior[i]);
        }
        return loss;
    }

    private double squaredLogError(Point point) {
        double predicted = predict(point);
        return predicted > 0 ? Math.pow(Math.log(predicted / point.measuredTokensPerSecondPerChip()), 2)
                : INFEASIBLE_PENALTY;
    }

    /** Unbounded coordinates for the search: logits of the fractions, logs of the rest. */
    private static double[] encode(Calibration c) {
        return new double[] {logit(c.bandwidthEfficiency()), logit(c.computeEfficiency()),
            logit(c.interconnectEfficiency()), Math.log(c.collectiveLatencyUs()), Math.log(c.layerOverheadUs()),
            logit(c.defaultStackFactor()), Math.log(c.tailToMeanLatency() - 1),
            Math.log(c.firstTokenTailToMean() - 1), logit(c.fourBitComputeShare())};
    }

    private static Calibration decode(double[] x) {
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
}
