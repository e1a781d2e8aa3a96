package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.scenario.Calibrations;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.scenario.ScenarioRequest;
import com.tokenomics.scenario.Warmup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The warm-up leaves Jackson no writer to build for the answers callers ask for: in the native function its writers
 * come made in the image, and one built at the first request costs that request (docs/benchmarks.md §4).
 * The scenarios here are not the warm-up's own.
 */
class WarmedMapperTest {

    private static final ObjectMapper MAPPER = Warmup.exercise(JsonConfig.configuredMapper());
    private static final ScenarioMapper SCENARIOS = new ScenarioMapper(new Catalog(), new Calibrations());

    @ParameterizedTest
    @ValueSource(strings = { "article-example.json", "deepseek-v3-catalog.json", "deepseek-v3-estimated.json",
            "llama-405b-max-users.json" })
    void shouldBuildNoWriterForTheBenchmarkScenarios(String file) throws IOException {
        assertBuildsNothing(Files.readString(Path.of("bench", file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // The README's example: memory only, no cost.
            """
            {"model": {"name": "Llama 3.1 70B", "parameters": 70e9, "layers": 80, "hiddenSize": 8192,
                       "attentionHeads": 64, "kvHeads": 8},
             "workload": {"users": 16, "contextTokens": 10000},
             "precision": {"weights": "fp16", "kvCache": "fp16"},
             "system": {"name": "NVIDIA GH200", "memoryPerChipGiB": 144}}""",
            """
            {"model": "qwen3-235b-a22b", "system": "mi300x-platform",
             "workload": {"users": 4, "inputTokens": 500, "outputTokens": 500},
             "deployment": {"tokensPerSecond": 3000}, "market": {"usdPerMillionTokens": 2}}""",
            """
            {"model": "llama-3.1-8b", "system": "b200-hgx", "workload": {"users": 200, "contextTokens": 2000}}""" })
    void shouldBuildNoWriterForOtherScenarios(String body) throws IOException {
        assertBuildsNothing(body);
    }

    private static void assertBuildsNothing(String body) throws IOException {
        int writers = ((DefaultSerializerProvider) MAPPER.getSerializerProvider()).cachedSerializersCount();

        MAPPER.writeValueAsString(EvaluationResponse.evaluate(
                SCENARIOS.toScenario(MAPPER.readValue(body, ScenarioRequest.class))));

        assertThat(((DefaultSerializerProvider) MAPPER.getSerializerProvider()).cachedSerializersCount())
                .as("writers built").isEqualTo(writers);
    }
}
