package com.tokenomics.scenario;

import com.tokenomics.engine.Evaluation;
import com.tokenomics.engine.Evaluator;
import com.tokenomics.engine.Scenario;
import com.tokenomics.engine.ScenarioTooLargeException;
import com.tokenomics.engine.Sensitivity;
import com.tokenomics.scenario.AnalysisRequests.CompareRequest;
import com.tokenomics.scenario.AnalysisRequests.SensitivityRequest;
import com.tokenomics.scenario.AnalysisRequests.SweepRequest;
import com.tokenomics.scenario.AnalysisResponses.Comparison;
import com.tokenomics.scenario.AnalysisResponses.Sweep;
import com.tokenomics.scenario.AnalysisResponses.SweepPoint;
import com.tokenomics.scenario.AnalysisResponses.Tornado;
import com.tokenomics.scenario.AnalysisResponses.TornadoBar;
import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The analyses, whichever door asks: systems compared side by side, inputs swept into series, and a sensitivity
 * tornado. Each checks its request and resolves the scenarios in it; an error in a scenario names where the scenario
 * sits in the request.
 */
public final class Analyses {

    private static final String SYSTEM = "/system";

    static final int MIN_COMPARED = 2;
    static final int MAX_COMPARED = 10;
    static final Limit DELTA_PERCENT = Limit.above(0, 90, "percent");
    private static final double DEFAULT_DELTA_PERCENT = 20;
    private static final double PERCENT = 100;

    private final ScenarioMapper mapper;

    public Analyses(ScenarioMapper mapper) {
        this.mapper = mapper;
    }

    /** 2 to 10 systems running one scenario, or 2 to 10 whole scenarios, ranked. */
    public Comparison compare(CompareRequest request) {
        if (request == null) {
            throw new InvalidInputException("", "send scenario and systems, or scenarios.");
        }
        List<EvaluationResponse> evaluations = new ArrayList<>();
        if (request.scenarios() != null) {
            if (request.scenario() != null || request.systems() != null) {
                throw new InvalidInputException("/scenarios", "give scenarios alone, or scenario and systems.");
            }
            requireCount(request.scenarios().size(), "/scenarios");
            for (int i = 0; i < request.scenarios().size(); i++) {
                evaluations.add(evaluate(under("/scenarios/" + i), request.scenarios().get(i)));
            }
        } else {
            if (request.scenario() == null || request.systems() == null) {
                throw new InvalidInputException("/systems", "give scenario and systems (2 to 10), or scenarios.");
            }
            requireCount(request.systems().size(), "/systems");
            for (int i = 0; i < request.systems().size(); i++) {
                SystemInput system = request.systems().get(i);
                ScenarioRequest base = request.scenario();
                evaluations.add(evaluate(inSystemsEntry(i, system), new ScenarioRequest(base.model(), base.workload(),
                        base.precision(), system, base.deployment(), base.finance(), base.market())));
            }
        }
        return Ranking.rank(evaluations.stream().map(EvaluationResponse::system).toList(), evaluations);
    }

    /** The scenario evaluated at every point of a grid of one or two inputs' values. */
    public Sweep sweep(SweepRequest request) {
        if (request == null || request.scenario() == null) {
            throw new InvalidInputException("/scenario", "is required: the scenario to vary.");
        }
        SweepGrid grid = SweepGrid.of(request.vary());
        Scenario base = resolve(under("/scenario"), request.scenario()).scenario();
        List<SweepPoint> points = grid.points(base,
                (scenario, values) -> point(values, evaluatePoint(scenario, values)));
        return new Sweep(grid.parameters(), points.size(), points);
    }

    /** How far the cost per million tokens swings when each input moves by ± deltaPercent, widest first. */
    public Tornado sensitivity(SensitivityRequest request) {
        if (request == null || request.scenario() == null) {
            throw new InvalidInputException("/scenario", "is required: the scenario to analyse.");
        }
        Inputs in = new Inputs();
        double delta = in.required(request.deltaPercent(), "/deltaPercent", DELTA_PERCENT,
                Fallback.rule(DEFAULT_DELTA_PERCENT, "±20 %"));
        in.throwIfInvalid();
        Scenario scenario = resolve(under("/scenario"), request.scenario()).scenario();
        Optional<Sensitivity.Tornado> analysed;
        try {
            analysed = Sensitivity.analyze(scenario, delta / PERCENT);
        } catch (ScenarioTooLargeException e) {
            throw new InvalidInputException("/scenario" + EngineFields.pointer(e.input()), e.getMessage());
        }
        Sensitivity.Tornado tornado = analysed.orElseThrow(() -> new InvalidInputException("/scenario",
                "has no cost per token to analyse: it needs a price and power for the system and a throughput (see "
                        + "/v1/evaluate's warnings)."));
        return new Tornado(tornado.baseUsdPerMillionTokens(), delta, tornado.bars().stream()
                .map(bar -> new TornadoBar(Parameters.of(bar.variable()).name(), Parameters.of(bar.variable()).field(),
                        bar.baseValue(), bar.lowValue(), bar.highValue(), bar.usdPerMillionTokensAtLow(),
                        bar.usdPerMillionTokensAtHigh(), bar.swingUsdPerMillionTokens()))
                .toList());
    }

    private static void requireCount(int count, String field) {
        if (count < MIN_COMPARED || count > MAX_COMPARED) {
            throw new InvalidInputException(field, "must have " + MIN_COMPARED + " to " + MAX_COMPARED
                    + " entries; got " + count + ".");
        }
    }

    private static SweepPoint point(Map<String, Double> values, Evaluation evaluation) {
        return new SweepPoint(values, evaluation.memory().totalGiB(), evaluation.sizing().chips(),
                evaluation.sizing().racks(),
                evaluation.throughput() == null ? null : evaluation.throughput().tokensPerSecond(),
                evaluation.unitEconomics() == null ? null : evaluation.unitEconomics().usdPerMillionTokens(),
                evaluation.unitEconomics() == null ? null : evaluation.unitEconomics().tokensPerUsdPerWatt(),
                evaluation.cost() == null ? null : evaluation.cost().annualTotalUsd(),
                evaluation.market() == null ? null : evaluation.market().margin());
    }

    private EvaluationResponse evaluate(UnaryOperator<String> locate, ScenarioRequest request) {
        ResolvedScenario resolved = resolve(locate, request);
        try {
            return EvaluationResponse.evaluate(resolved);
        } catch (InvalidInputException e) {
            throw located(locate, e);
        }
    }

    private static Evaluation evaluatePoint(Scenario scenario, Map<String, Double> values) {
        try {
            return Evaluator.evaluate(scenario);
        } catch (ScenarioTooLargeException e) {
            String point = values.entrySet().stream()
                    .map(value -> value.getKey() + " = " + Limit.format(value.getValue()))
                    .collect(Collectors.joining(", "));
            throw new InvalidInputException("/vary", "at " + point + ", " + e.getMessage());
        }
    }

    /** Resolves a scenario nested in an analysis request, its errors' pointers moved to where it sits. */
    private ResolvedScenario resolve(UnaryOperator<String> locate, ScenarioRequest request) {
        try {
            return mapper.toScenario(request);
        } catch (InvalidInputException e) {
            throw located(locate, e);
        }
    }

    /** A field of a scenario that sits whole under {@code at}. */
    private static UnaryOperator<String> under(String at) {
        return field -> at + field;
    }

    /**
     * A field of the scenario compare builds from the shared scenario and systems entry {@code i}: the system's fields
     * are in the entry (the entry itself when it is only an id, as "h200-hgx"), the others in the shared scenario.
     */
    private static UnaryOperator<String> inSystemsEntry(int i, SystemInput system) {
        String entry = "/systems/" + i;
        boolean idOnly = system != null && system.equals(SystemInput.ofId(system.id()));
        return field -> {
            if (field.equals(SYSTEM) || idOnly && field.equals(SYSTEM + "/id")) {
                return entry;
            }
            return field.startsWith(SYSTEM + "/") ? entry + field.substring(SYSTEM.length()) : "/scenario" + field;
        };
    }

    private static InvalidInputException located(UnaryOperator<String> locate, InvalidInputException e) {
        return new InvalidInputException(e.errors().stream()
                .map(error -> new FieldError(locate.apply(error.field()), error.message()))
                .toList());
    }
}
