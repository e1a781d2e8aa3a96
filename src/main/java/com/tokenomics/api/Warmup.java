package com.tokenomics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * Runs one request's work at start — reading a scenario, resolving it against the catalog, evaluating it with the
 * estimator and writing the answer — so that the first caller does not pay for loading and linking Jackson's
 * readers and writers (about 100 ms on the JVM). Under SnapStart the warmed state is part of the snapshot.
 */
@Startup
@ApplicationScoped
public class Warmup {

    /** A catalog scenario that takes every path: ids, presets, the estimator, cost and the market check. */
    static final String SCENARIO = """
            {"model": "llama-3.1-70b", "system": "gb200-nvl72",
             "workload": {"users": 64, "inputTokens": 2000, "outputTokens": 500},
             "market": {"usdPerMillionTokens": 1}}""";

    public Warmup(ScenarioMapper mapper, ObjectMapper json) {
        try {
            ResolvedScenario resolved = mapper.toScenario(json.readValue(SCENARIO, ScenarioRequest.class));
            json.writeValueAsString(EvaluationResponse.evaluate(resolved));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the warm-up scenario no longer reads", e);
        }
    }
}
