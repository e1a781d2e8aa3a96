package com.tokenomics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.bench.BenchmarkScenarios;
import com.tokenomics.scenario.AnalysisRequests.CompareRequest;
import com.tokenomics.scenario.AnalysisRequests.SweepRequest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What /v1/compare and /v1/sweep requests cost without HTTP: JSON body → AnalysisResource → JSON answer. The compare
 * estimates the throughput of Llama 3.1 70B on ten catalog systems; the sweep runs the article's example for 1 to
 * 1,000 users.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class AnalysisBenchmark {

    private ObjectMapper json;
    private AnalysisResource analyses;
    private String compareBody;
    private String sweepBody;

    @Setup
    public void build() {
        json = BenchmarkScenarios.objectMapper();
        analyses = new AnalysisResource(BenchmarkScenarios.MAPPER);
        compareBody = BenchmarkScenarios.read(Path.of("bench", "compare-ten-systems.json"));
        sweepBody = BenchmarkScenarios.read(Path.of("bench", "sweep-thousand-users.json"));
    }

    @Benchmark
    public String compareTenSystems() throws JsonProcessingException {
        return json.writeValueAsString(analyses.compare(json.readValue(compareBody, CompareRequest.class)));
    }

    @Benchmark
    public String sweepThousandPoints() throws JsonProcessingException {
        return json.writeValueAsString(analyses.sweep(json.readValue(sweepBody, SweepRequest.class)));
    }
}
