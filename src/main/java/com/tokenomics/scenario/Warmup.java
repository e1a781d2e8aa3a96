package com.tokenomics.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.catalog.Catalog;
import java.io.UncheckedIOException;

/**
 * One request's work without HTTP — reading a scenario, resolving it against the catalog, evaluating it with the
 * estimator, writing the answer and a problem document — done on the application's mapper before it serves anyone
 * ({@code web.JsonConfig}), so that the first caller does not pay for building Jackson's readers and writers (about
 * 100 ms on the JVM, a sixth of the native start). Under SnapStart the warmed state is part of the snapshot.
 */
public final class Warmup {

    /** A catalog scenario that takes every path: ids, presets, the estimator, cost and the market check. */
    public static final String SCENARIO = """
            {"model": "llama-3.1-70b", "system": "gb200-nvl72",
             "workload": {"users": 64, "inputTokens": 2000, "outputTokens": 500},
             "market": {"usdPerMillionTokens": 1}}""";

    private Warmup() {
    }

    /** Returns the mapper, having exercised it. */
    public static ObjectMapper exercise(ObjectMapper json) {
        ScenarioMapper scenarios = new ScenarioMapper(new Catalog(), new Calibrations());
        try {
            ResolvedScenario resolved = scenarios.toScenario(json.readValue(SCENARIO, ScenarioRequest.class));
            json.writeValueAsString(EvaluationResponse.evaluate(resolved));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the warm-up scenario no longer reads", e);
        }
        return json;
    }
}
