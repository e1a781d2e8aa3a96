package com.tokenomics.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.tokenomics.engine.Evaluation;
import java.util.List;

/** The engine's evaluation, the names of what was evaluated, and every value it used. */
@JsonPropertyOrder({ "model", "system" })
public record EvaluationResponse(String model, String system, @JsonUnwrapped Evaluation evaluation,
        List<Assumption> assumptions) {

    static EvaluationResponse of(ResolvedScenario resolved, Evaluation evaluation) {
        return new EvaluationResponse(resolved.scenario().model().name(), resolved.scenario().hardware().name(),
                evaluation, resolved.assumptions());
    }
}
