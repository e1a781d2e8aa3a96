package com.tokenomics.engine;

import com.tokenomics.bench.BenchmarkScenarios;
import java.util.List;
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
 * The engine alone: one evaluation or estimate per operation, the scenario built once. Average time gives mean ±
 * error; sample time, on the two evaluations the 1 µs target is about, gives their median.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class EvaluatorBenchmark {

    /**
     * The article's example (Llama 3.1 70B as 70e9 parameters, FP16, 16 users, 10,000 tokens on 144 GiB HBM chips)
     * in docs/design.md's finance-check rack with a throughput and a market price, so every stage runs: memory, sizing,
     * throughput, cost, unit economics and the market check.
     */
    private Scenario article;

    /** DeepSeek-V3 (MLA) on a GB200 NVL72 from the catalog, resolved by the API's mapper as a request would be. */
    private Scenario deepSeekV3;

    /** The same without a throughput: the serving-model estimator gives it (the fewest chips for its users). */
    private Scenario deepSeekV3Estimated;

    /** Llama 3.1 405B, "max" users within both latency targets: the estimator searches layouts and batches. */
    private Scenario maxUsersWithinTargets;

    @Setup
    public void build() {
        Model llama = new Model("Llama 3.1 70B", 70e9, 70e9, 80, 8192, 64, 8, 128, Attention.gqa(),
                List.of(LayerGroup.fullAttention(80)));
        Hardware rack = new Hardware("144 GiB HBM rack", Hardware.RACK, 144, 0, 72, 120.0, 3e6, null, null);
        Deployment deployment = new Deployment(1, 1, ThroughputInput.total(50_000, Throughput.GIVEN),
                CapexBasis.RACK, false, 0);
        article = new Scenario(llama, new Workload(16, 10_000, 0), PrecisionChoice.of(Precision.FP16, Precision.FP16),
                rack, deployment, new Finance(5, 0.08, 0.08, 1.3, 185, 0.6, 1), Market.blended(0.9));
        deepSeekV3 = BenchmarkScenarios.resolve(BenchmarkScenarios.DEEPSEEK_V3).scenario();
        deepSeekV3Estimated = BenchmarkScenarios.resolve(BenchmarkScenarios.DEEPSEEK_V3_ESTIMATED).scenario();
        maxUsersWithinTargets = BenchmarkScenarios.resolve(BenchmarkScenarios.LLAMA_405B_MAX_USERS).scenario();
        if (deepSeekV3Estimated.deployment().throughput().kind() != ThroughputInput.Kind.ESTIMATE) {
            throw new IllegalStateException("the DeepSeek-V3 estimate scenario does not ask for an estimate");
        }
    }

    @Benchmark
    @BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
    public Evaluation articleExample() {
        return Evaluator.evaluate(article);
    }

    @Benchmark
    @BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
    public Evaluation deepSeekV3FromCatalog() {
        return Evaluator.evaluate(deepSeekV3);
    }

    @Benchmark
    public Evaluation deepSeekV3Estimated() {
        return Evaluator.evaluate(deepSeekV3Estimated);
    }

    @Benchmark
    public Object estimateDeepSeekV3() {
        ThroughputInput throughput = deepSeekV3Estimated.deployment().throughput();
        return Estimator.estimate(deepSeekV3Estimated, throughput.calibration(), throughput.serving());
    }

    @Benchmark
    public Evaluation maxUsersWithinTargets() {
        return Evaluator.evaluate(maxUsersWithinTargets);
    }
}
