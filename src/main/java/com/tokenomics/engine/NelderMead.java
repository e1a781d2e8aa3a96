package com.tokenomics.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/** The Nelder–Mead simplex search: a minimum of a few-parameter function without derivatives, deterministic. */
final class NelderMead {

    private static final double STEP = 0.5;
    private static final double TOLERANCE = 1e-9;

    private NelderMead() {
    }

    static double[] minimize(ToDoubleFunction<double[]> function, double[] start, int maxIterations) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += STEP;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = function.applyAsDouble(simplex[i]);
        }
        Integer[] order = new Integer[n + 1];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
            int best = order[0];
            int worst = order[n];
            int secondWorst = order[n - 1];
            if (Math.abs(values[worst] - values[best]) <= TOLERANCE * (1 + Math.abs(values[best]))) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i <= n; i++) {
                if (i != worst) {
                    for (int j = 0; j < n; j++) {
                        centroid[j] += simplex[i][j] / n;
                    }
                }
            }
            double[] reflected = along(centroid, simplex[worst], -1);
            double reflectedValue = function.applyAsDouble(reflected);
            if (reflectedValue < values[best]) {
                double[] expanded = along(centroid, simplex[worst], -2);
                double expandedValue = function.applyAsDouble(expanded);
                boolean expand = expandedValue < reflectedValue;
                simplex[worst] = expand ? expanded : reflected;
                values[worst] = expand ? expandedValue : reflectedValue;
            } else if (reflectedValue < values[secondWorst]) {
                simplex[worst] = reflected;
                values[worst] = reflectedValue;
            } else {
                double[] contracted = along(centroid, simplex[worst], 0.5);
                double contractedValue = function.applyAsDouble(contracted);
                if (contractedValue < values[worst]) {
                    simplex[worst] = contracted;
                    values[worst] = contractedValue;
                } else {
                    for (int i = 0; i <= n; i++) {
                        if (i != best) {
                            simplex[i] = along(simplex[best], simplex[i], 0.5);
                            values[i] = function.applyAsDouble(simplex[i]);
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return simplex[best];
    }

    /** centroid + t × (point − centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] result = new double[centroid.length];
        for (int j = 0; j < centroid.length; j++) {
            result[j] = centroid[j] + t * (point[j] - centroid[j]);
        }
        return result;
    }
}
