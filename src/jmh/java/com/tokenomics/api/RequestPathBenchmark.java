package com.tokenomics.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.bench.BenchmarkScenarios;
import com.tokenomics.engine.Evaluator;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.ResolvedScenario;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.scenario.ScenarioRequest;
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
 * What a request costs without HTTP: the whole path from the JSON body to the JSON answer (ObjectMapper →
 * ScenarioMapper → Evaluator → ObjectMapper), as EvaluateResource runs it, and each of its steps alone. Jackson's and the
 * mapper's code takes several seconds of this machine to be compiled, hence the longer warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class RequestPathBenchmark {

    private ObjectMapper json;
    private ScenarioMapper mapper;
    private String articleBody;
    private String deepSeekV3Body;
    private ScenarioRequest deepSeekV3Request;
    private ScenarioRequest articleRequest;
    private EvaluationResponse articleAnswer;

    @Setup
    public void build() throws JsonProcessingException {
        json = BenchmarkScenarios.objectMapper();
        mapper = BenchmarkScenarios.MAPPER;
        articleBody = BenchmarkScenarios.read(BenchmarkScenarios.ARTICLE);
        deepSeekV3Body = BenchmarkScenarios.read(BenchmarkScenarios.DEEPSEEK_V3);
        deepSeekV3Request = json.readValue(deepSeekV3Body, ScenarioRequest.class);
        articleRequest = json.readValue(articleBody, ScenarioRequest.class);
        articleAnswer = EvaluationResponse.evaluate(mapper.toScenario(articleRequest));
    }

    private String answer(String body) throws JsonProcessingException {
        ResolvedScenario resolved = mapper.toScenario(json.readValue(body, ScenarioRequest.class));
        return json.writeValueAsString(EvaluationResponse.evaluate(resolved));
    }

    @Benchmark
    public ScenarioRequest readArticleRequest() throws JsonProcessingException {
        return json.readValue(articleBody, ScenarioRequest.class);
    }

    @Benchmark
    public ResolvedScenario mapArticleRequest() {
        return mapper.toScenario(articleRequest);
    }

    @Benchmark
    public String writeArticleAnswer() throws JsonProcessingException {
        return json.writeValueAsString(articleAnswer);
    }

    @Benchmark
    public ResolvedScenario mapDeepSeekV3FromCatalog() {
        return mapper.toScenario(deepSeekV3Request);
    }

    @Benchmark
    public String articleRequest() throws JsonProcessingException {
        return answer(articleBody);
    }

    @Benchmark
    public String deepSeekV3Request() throws JsonProcessingException {
        return answer(deepSeekV3Body);
    }
}
