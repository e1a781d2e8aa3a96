package com.tokenomics.scenario;

import com.tokenomics.engine.Cost;
import com.tokenomics.engine.Estimate;
import com.tokenomics.engine.Evaluation;
import com.tokenomics.engine.Evaluator;
import com.tokenomics.engine.MarketCheck;
import com.tokenomics.engine.MemoryBreakdown;
import com.tokenomics.engine.ScenarioTooLargeException;
import com.tokenomics.engine.Sizing;
import com.tokenomics.engine.Throughput;
import com.tokenomics.engine.UnitEconomics;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's evaluation with the names of what was evaluated, the warnings of the engine and of the request's
 * resolution (catalog values, benchmarks), and every value used.
 */
public record EvaluationResponse(
        String model,
        String system,
        MemoryBreakdown memory,
        Sizing sizing,
        Throughput throughput,
        Estimate estimate,
        Cost cost,
        UnitEconomics unitEconomics,
        MarketCheck market,
        List<Warning> warnings,
        List<Assumption> assumptions) {

    /**
     * Evaluates a resolved scenario and answers it: the path of POST and GET /v1/evaluate, compare, Slack and the
     * embeds (sweep and sensitivity evaluate the engine's scenarios directly).
     *
     * @throws InvalidInputException when the scenario is too large to size (each input allowed, their product not)
     */
    public static EvaluationResponse evaluate(ResolvedScenario resolved) {
        try {
            return of(resolved, Evaluator.evaluate(resolved.scenario()));
        } catch (ScenarioTooLargeException e) {
            throw new InvalidInputException(EngineFields.pointer(e.input()), e.getMessage());
        }
    }

    static EvaluationResponse of(ResolvedScenario resolved, Evaluation evaluation) {
        List<Warning> warnings = new ArrayList<>();
        for (com.tokenomics.engine.Warning warning : evaluation.warnings()) {
            warnings.add(Warning.of(warning));
        }
        warnings.addAll(resolved.warnings());
        return new EvaluationResponse(resolved.scenario().model().name(), resolved.scenario().hardware().name(),
                evaluation.memory(), evaluation.sizing(), evaluation.throughput(), evaluation.estimate(),
                evaluation.cost(),
                evaluation.unitEconomics(), evaluation.market(), List.copyOf(warnings), resolved.assumptions());
    }
}
