package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fits each system's calibration factor on measured throughput. A benchmark runs as many requests at once as memory
 * allows, so each point is estimated at the memory-filling batch on the best tensor-parallel degree; the
 * system's factor is the geometric mean of measured / roofline over its points. Accuracy is reported twice: on
 * the points themselves, and leaving each point out of its own fit (a system with one point then takes the
 * median factor of the others), which is how the estimator fares on results it has not seen.
 */
public final class Calibrator {

    /** One NVLink/Infinity Fabric server: the largest tensor-parallel group a benchmark would use. */
    private static final int MAX_TENSOR_PARALLEL = 8;

    /** Share of calibration errors the reported band covers. */
    private static final double ERROR_BAND_QUANTILE = 0.8;

    /** One measured result: a scenario for the model, precision, workload and system measured. */
    public record Point(String systemId, String label, Scenario scenario, long accelerators,
            double measuredTokensPerSecond) {
    }

    /** One point's measured and estimated throughput, in sample and left out. */
    public record Row(String label, String systemId, long batchPerInstance, int tensorParallel,
            double measuredTokensPerSecond, double estimatedTokensPerSecond, double error,
            double leaveOneOutTokensPerSecond, double leaveOneOutError) {
    }

    public record Result(Map<String, Calibration> bySystem, Calibration fallback, List<Row> rows,
            double medianAbsError, double medianAbsLeaveOneOutError) {

        public Calibration forSystem(String systemId) {
            return systemId == null ? fallback : bySystem.getOrDefault(systemId, fallback);
        }
    }

    private Calibrator() {
    }

    public static Result fit(List<Point> points) {
        Map<String, List<Double>> ratiosBySystem = new LinkedHashMap<>();
        List<double[]> rooflines = new ArrayList<>();
        for (Point point : points) {
            Estimate roofline = rooflineEstimate(point.scenario(), point.accelerators());
            double systemTokensPerSecond = roofline.outputTokensPerSecondPerChip() * point.accelerators();
            rooflines.add(new double[] {systemTokensPerSecond, roofline.usersPerInstance(), roofline.tensorParallel()});
            ratiosBySystem.computeIfAbsent(point.systemId(), id -> new ArrayList<>())
                    .add(point.measuredTokensPerSecond() / systemTokensPerSecond);
        }
        Map<String, Double> factors = new LinkedHashMap<>();
        ratiosBySystem.forEach((system, ratios) -> factors.put(system, geometricMean(ratios)));
        double fallbackFactor = median(new ArrayList<>(factors.values()));

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double roofline = rooflines.get(i)[0];
            double estimated = roofline * factors.get(point.systemId());
            double leftOutFactor = leaveOneOutFactor(points, rooflines, i, factors);
            double leftOut = roofline * leftOutFactor;
            rows.add(new Row(point.label(), point.systemId(), (long) rooflines.get(i)[1], (int) rooflines.get(i)[2],
                    point.measuredTokensPerSecond(), estimated, estimated / point.measuredTokensPerSecond() - 1,
                    leftOut, leftOut / point.measuredTokensPerSecond() - 1));
        }
        double band = quantile(rows.stream().map(row -> Math.abs(row.leaveOneOutError())).toList(),
                ERROR_BAND_QUANTILE);
        double fallbackBand = Math.max(band, factors.values().stream()
                .mapToDouble(factor -> Math.abs(factor / fallbackFactor - 1)).max().orElse(band));
        Map<String, Calibration> bySystem = new LinkedHashMap<>();
        factors.forEach((system, factor) -> bySystem.put(system, new Calibration(factor, 0, band,
                String.format(Locale.ROOT, "fitted on %d MLPerf Llama 2 70B result(s) of this system",
                        ratiosBySystem.get(system).size()))));
        Calibration fallback = new Calibration(fallbackFactor, 0, fallbackBand,
                "median of the fitted systems: this system has no measured result");
        return new Result(bySystem, fallback, List.copyOf(rows),
                median(rows.stream().map(row -> Math.abs(row.error())).toList()),
                median(rows.stream().map(row -> Math.abs(row.leaveOneOutError())).toList()));
    }

    /**
     * The roofline estimate as a submitter would run the benchmark: on the tensor-parallel degree (up to the
     * accelerators measured, at most {@value #MAX_TENSOR_PARALLEL}) that gives the most tokens per chip, each
     * instance at the largest batch its memory can cache.
     */
    static Estimate rooflineEstimate(Scenario scenario, long accelerators) {
        Estimate best = null;
        int heads = scenario.model().attentionHeads();
        for (int degree = 1; degree <= Math.min(accelerators, MAX_TENSOR_PARALLEL); degree++) {
            long batch = memoryFillingBatch(scenario, degree);
            if (heads % degree != 0 || batch < 1) {
                continue;
            }
            Estimate estimate = Estimator.estimate(withUsers(scenario, batch), Calibration.ROOFLINE, null)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "calibration point cannot be estimated: " + scenario.hardware().name()));
            if (best == null || estimate.outputTokensPerSecondPerChip() > best.outputTokensPerSecondPerChip()) {
                best = estimate;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the model does not fit the measured accelerators: "
                    + scenario.hardware().name());
        }
        return best;
    }

    /** Users whose cache fits beside the weights on this many chips. */
    static long memoryFillingBatch(Scenario scenario, int chips) {
        Model model = scenario.model();
        PrecisionChoice precision = scenario.precision();
        double weights = model.parameters() * precision.weightBytes();
        double memory = chips * scenario.hardware().memoryPerChipGiB() * Units.BYTES_PER_GIB;
        double perUser = MemoryBreakdown.kvBytesPerUser(model, precision.kvCacheBytes(),
                scenario.workload().contextTokens());
        return (long) Math.floor((memory - weights) / perUser);
    }

    private static Scenario withUsers(Scenario scenario, long users) {
        Workload workload = scenario.workload();
        return new Scenario(scenario.model(), new Workload(users, workload.inputTokens(), workload.outputTokens()),
                scenario.precision(), scenario.hardware(),
                new Deployment(1, null, null, scenario.deployment().capexBasis(), false, 0),
                scenario.finance(), scenario.market());
    }

    private static double leaveOneOutFactor(List<Point> points, List<double[]> rooflines, int left,
            Map<String, Double> factors) {
        String system = points.get(left).systemId();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (i != left && points.get(i).systemId().equals(system)) {
                ratios.add(points.get(i).measuredTokensPerSecond() / rooflines.get(i)[0]);
            }
        }
        if (!ratios.isEmpty()) {
            return geometricMean(ratios);
        }
        List<Double> others = new ArrayList<>();
        factors.forEach((other, factor) -> {
            if (!other.equals(system)) {
                others.add(factor);
            }
        });
        return median(others);
    }

    private static double geometricMean(List<Double> ratios) {
        double logSum = 0;
        for (double ratio : ratios) {
            logSum += Math.log(ratio);
        }
        return Math.exp(logSum / ratios.size());
    }

    static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    private static double quantile(List<Double> values, double quantile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        double position = quantile * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
    }
}
