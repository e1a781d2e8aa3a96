package com.tokenomics.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.ThroughputReference;
import com.tokenomics.engine.Calibration;
import com.tokenomics.engine.Calibrator;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The estimator's calibration, fitted once at start-up on the catalog's MLPerf Llama 2 70B results whose weight
 * precision is known. The benchmark's requests are taken at its 1,024-token input cap and its mean output
 * (catalog.md §3.3a; the mean input was not published there), with an FP8 KV cache.
 */
@Startup
@ApplicationScoped
public class Calibrations {

    static final String CALIBRATION_MODEL = "llama-2-70b";
    private static final String BENCHMARK_KV_CACHE = "fp8";

    private final Calibrator.Result result;

    public Calibrations(Catalog catalog) {
        ScenarioMapper rooflineMapper = new ScenarioMapper(catalog, systemId -> Calibration.ROOFLINE);
        ObjectMapper json = new ObjectMapper();
        List<Calibrator.Point> points = new ArrayList<>();
        for (ThroughputReference reference : catalog.throughputReferences()) {
            if (!CALIBRATION_MODEL.equals(reference.modelId()) || reference.precision() == null
                    || reference.workload() == null || reference.workload().meanOutputTokens() == null) {
                continue;
            }
            ObjectNode request = json.createObjectNode();
            request.put("model", reference.modelId());
            request.put("system", reference.systemId());
            request.putObject("workload").put("users", 1)
                    .put("inputTokens", reference.workload().maxInputTokens())
                    .put("outputTokens", Math.round(reference.workload().meanOutputTokens()));
            request.putObject("precision").put("weights", reference.precision()).put("kvCache", BENCHMARK_KV_CACHE);
            request.putObject("deployment").put("tokensPerSecond", reference.tokensPerSecond());
            ScenarioRequest scenario = json.convertValue(request, ScenarioRequest.class);
            points.add(new Calibrator.Point(reference.systemId(), reference.id(),
                    rooflineMapper.toScenario(scenario).scenario(), reference.accelerators(),
                    reference.tokensPerSecond()));
        }
        this.result = Calibrator.fit(points);
    }

    public Calibration forSystem(String systemId) {
        return result.forSystem(systemId);
    }

    public Calibrator.Result result() {
        return result;
    }
}
