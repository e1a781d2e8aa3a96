package com.tokenomics.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.engine.Calibration;
import com.tokenomics.engine.Calibrator;
import com.tokenomics.engine.ThroughputInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The published results the serving model is fitted and checked on ({@value #RESOURCE}), each mapped through the
 * API's own mapper as a user would ask: the benchmark's mean lengths, its latency limits as targets, "max" users,
 * at most the accelerators measured in one scale-up domain.
 */
final class CalibrationPoints {

    static final String RESOURCE = "calibration/points.json";
    /** Any prompt length for the mapper; the fit replaces it where the benchmark publishes none. */
    private static final double UNPUBLISHED_PROMPT_PLACEHOLDER = 1_000;

    record PointsFile(List<PublishedResult> points) {
    }

    /** One published result, with where it comes from. */
    record PublishedResult(String id, String model, String system, int accelerators, String weights,
            String kvCache, String scenario, Double meanInputTokens, String promptDataset, Double maxInputTokens,
            double meanOutputTokens, Integer users, Integer chipsPerInstance, Integer tensorParallel,
            Integer expertParallel,
            Double tpotLimitMs, Double ttftLimitMs, String servingStack, double outputTokensPerSecond,
            boolean validation, String source, String confidence, String notes) {
    }

    static List<PublishedResult> published() {
        ObjectMapper reader = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = CalibrationPoints.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return reader.readValue(in, PointsFile.class).points();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Calibrator.Point> points(Catalog catalog) {
        ScenarioMapper mapper = new ScenarioMapper(catalog, Calibration.ROOFLINE);
        return published().stream().map(result -> point(catalog, mapper, result)).toList();
    }

    private static Calibrator.Point point(Catalog catalog, ScenarioMapper mapper, PublishedResult result) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode request = json.createObjectNode();
        request.put("model", result.model());
        CatalogSystem system = catalog.system(result.system()).orElseThrow(
                () -> new IllegalArgumentException(result.id() + ": unknown system " + result.system()));
        int domain = system.scaleUpDomainChips() == null ? system.chipsPerRack() : system.scaleUpDomainChips();
        request.putObject("system").put("id", result.system())
                .put("scaleUpDomainChips", Math.min(domain, result.accelerators()));
        // An unpublished mean prompt is fitted: the mapper gets its cap, the fit replaces it.
        double input = result.meanInputTokens() != null ? result.meanInputTokens()
                : result.maxInputTokens() != null ? result.maxInputTokens() : UNPUBLISHED_PROMPT_PLACEHOLDER;
        ObjectNode workload = request.putObject("workload")
                .put("inputTokens", input).put("outputTokens", result.meanOutputTokens());
        if (result.users() != null) {
            workload.put("users", result.users());
        } else {
            workload.put("users", "max");
        }
        if (result.tpotLimitMs() != null) {
            workload.put("targetTimePerOutputTokenMs", result.tpotLimitMs());
        }
        if (result.ttftLimitMs() != null) {
            workload.put("targetTimeToFirstTokenMs", result.ttftLimitMs());
        }
        ObjectNode precision = request.putObject("precision").put("weights", result.weights());
        if (result.kvCache() != null) {
            precision.put("kvCache", result.kvCache());
        }
        ObjectNode deployment = request.putObject("deployment").put("throughputMethod", "estimate")
                .put("servingStack", result.servingStack());
        if (result.chipsPerInstance() != null) {
            deployment.put("chipsPerInstance", result.chipsPerInstance());
        }
        if (result.tensorParallel() != null) {
            deployment.put("tensorParallel", result.tensorParallel());
        }
        if (result.expertParallel() != null) {
            deployment.put("expertParallel", result.expertParallel());
        }
        ResolvedScenario resolved = mapper.toScenario(json.convertValue(request,
                ScenarioRequest.class));
        ThroughputInput throughput = resolved.scenario().deployment().throughput();
        return new Calibrator.Point(result.id(), result.model(), result.system(), result.scenario(),
                resolved.scenario(), throughput.serving(), result.outputTokensPerSecond() / result.accelerators(),
                result.validation(), result.meanInputTokens() == null ? result.promptDataset() : null,
                result.maxInputTokens() == null ? Double.MAX_VALUE : result.maxInputTokens());
    }

    private CalibrationPoints() {
    }
}
