package com.tokenomics.engine;

import com.tokenomics.bench.BenchmarkScenarios;
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
import org.openjdk.jmh.infra.Blackhole;

/** A 1,000-point sweep in the engine: users from 1 to 1,000 on the article's example, as /v1/sweep varies them. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class SweepBenchmark {

    private static final int POINTS = 1_000;

    private Scenario article;

    @Setup
    public void build() {
        article = BenchmarkScenarios.resolve(BenchmarkScenarios.ARTICLE).scenario();
    }

    @Benchmark
    public void thousandUsers(Blackhole results) {
        for (int users = 1; users <= POINTS; users++) {
            results.consume(Evaluator.evaluate(Variable.USERS.apply(article, users)));
        }
    }
}
