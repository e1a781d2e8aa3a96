package com.tokenomics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.scenario.Calibrations;
import com.tokenomics.scenario.ResolvedScenario;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.scenario.ScenarioRequest;
import com.tokenomics.web.JsonConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The request bodies the benchmarks share with bench/load.sh, read from bench/ (JMH runs in the project directory),
 * and the JSON and catalog set up as the application sets them up.
 */
public final class BenchmarkScenarios {

    /** The article's example with finance, throughput and a market price: the body bench/load.sh sends. */
    public static final Path ARTICLE = Path.of("bench", "article-example.json");

    /** DeepSeek-V3 (MLA) on a GB200 NVL72, both by catalog id, with a catalog API price. */
    public static final Path DEEPSEEK_V3 = Path.of("bench", "deepseek-v3-catalog.json");

    /** The same without a throughput, which the roofline estimator then gives. */
    public static final Path DEEPSEEK_V3_ESTIMATED = Path.of("bench", "deepseek-v3-estimated.json");
    public static final Path LLAMA_405B_MAX_USERS = Path.of("bench", "llama-405b-max-users.json");

    /** The catalog as the application loads it at start. */
    public static final Catalog CATALOG = new Catalog();

    /** The mapper as the application builds it, with the estimator calibrated on the catalog at start. */
    public static final ScenarioMapper MAPPER = new ScenarioMapper(CATALOG, new Calibrations());

    /** Jackson as the application configures it ({@link JsonConfig}: strict reading, plain numbers), not warmed. */
    public static ObjectMapper objectMapper() {
        return JsonConfig.configuredMapper();
    }

    public static String read(Path body) {
        try {
            return Files.readString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the project directory, where " + body
                    + " is", e);
        }
    }

    public static ResolvedScenario resolve(Path body) {
        try {
            ScenarioRequest request = objectMapper().readValue(read(body), ScenarioRequest.class);
            return MAPPER.toScenario(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchmarkScenarios() {
    }
}
