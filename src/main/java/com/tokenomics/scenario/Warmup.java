package com.tokenomics.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.catalog.Catalog;
import java.io.UncheckedIOException;

/**
 * A few requests' work without HTTP — reading scenarios, resolving them against the catalog, evaluating them, writing
 * the answers — done on the application's mapper before it serves anyone ({@code web.JsonConfig}), so that the first
 * caller does not pay for building Jackson's readers and writers (about 100 ms on the JVM, a sixth of the native
 * start). Under SnapStart the warmed state is part of the snapshot.
 */
public final class Warmup {

    /** A catalog scenario that takes every path: ids, presets, the estimator, cost and the market check. */
    public static final String SCENARIO = """
            {"model": "llama-3.1-70b", "system": "gb200-nvl72",
             "workload": {"users": 64, "inputTokens": 2000, "outputTokens": 500},
             "market": {"usdPerMillionTokens": 1}}""";

    /*
     * Two answers of other shapes. Jackson builds a writer per list class it meets, and a list of one or two elements
     * is of another class than an empty one or one of three or more (web.WarmedMapperTest checks that none is left).
     */

    /** Given as figures, as the calculator page sends it, with a throughput and finance: two warnings. */
    static final String FIGURES_SCENARIO = """
            {"model": {"name": "8B dense", "parameters": 8e9, "layers": 32, "hiddenSize": 4096,
                       "attentionHeads": 32, "kvHeads": 8},
             "workload": {"users": 32, "contextTokens": 4000},
             "precision": {"weights": "fp8", "kvCache": "fp8"},
             "system": {"name": "80 GiB HBM rack", "memoryPerChipGiB": 80, "chipsPerRack": 8, "powerPerRackKw": 10.2,
                        "pricePerRackUsd": 300000},
             "deployment": {"racks": 1, "tokensPerSecond": 20000},
             "finance": {"depreciationYears": 4, "wacc": 0.1, "electricityUsdPerKwh": 0.1, "pue": 1.2,
                         "hostingUsdPerKwMonth": 150, "utilization": 0.5}}""";

    /** An estimate with two reasons for its error band (a mixture of experts, latent attention). */
    static final String TWO_REASONS_SCENARIO = """
            {"model": "deepseek-v3", "system": "h200-hgx",
             "workload": {"users": 16, "inputTokens": 2000, "outputTokens": 500}}""";

    private Warmup() {
    }

    /** Returns the mapper, having exercised it. */
    public static ObjectMapper exercise(ObjectMapper json) {
        ScenarioMapper scenarios = new ScenarioMapper(new Catalog(), new Calibrations());
        try {
            for (String scenario : new String[] { SCENARIO, FIGURES_SCENARIO, TWO_REASONS_SCENARIO }) {
                ResolvedScenario resolved = scenarios.toScenario(json.readValue(scenario, ScenarioRequest.class));
                json.writeValueAsString(EvaluationResponse.evaluate(resolved));
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a warm-up scenario no longer reads", e);
        }
        return json;
    }
}
