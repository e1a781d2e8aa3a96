package com.tokenomics.scenario;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a scenario given as flat parameters ({@code model=llama-3.1-70b&users=64 …}), the form shared by
 * {@code GET /v1/evaluate}, share links and the Slack command, so that every door runs the same checks.
 */
@ApplicationScoped
public class FlatScenarioEvaluator {

    private final ScenarioMapper mapper;
    private final ObjectMapper json;

    public FlatScenarioEvaluator(ScenarioMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    /** The evaluation, or an {@link InvalidInputException} naming every parameter that is not allowed. */
    public EvaluationResponse evaluate(Map<String, List<String>> parameters) {
        ScenarioRequest request;
        try {
            request = json.treeToValue(QueryParameters.toJson(parameters), ScenarioRequest.class);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(JsonPointers.of(e), "could not be read from the query.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResolvedScenario resolved = mapper.toScenario(request);
        return EvaluationResponse.evaluate(resolved);
    }
}
