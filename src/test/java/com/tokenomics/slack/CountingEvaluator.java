package com.tokenomics.slack;

import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the evaluator to count what reaches it; answers every scenario with one made-up error. */
class CountingEvaluator extends FlatScenarioEvaluator {

    final AtomicInteger calls = new AtomicInteger();

    CountingEvaluator() {
        super(null, null);
    }

    @Override
    public EvaluationResponse evaluate(Map<String, List<String>> parameters) {
        calls.incrementAndGet();
        throw new InvalidInputException("/workload/users", "was counted.");
    }
}
