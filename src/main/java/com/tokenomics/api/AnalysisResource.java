package com.tokenomics.api;

import com.tokenomics.engine.Estimate;
import com.tokenomics.engine.Evaluation;
import com.tokenomics.engine.Evaluator;
import com.tokenomics.engine.Scenario;
import com.tokenomics.engine.ScenarioTooLargeException;
import com.tokenomics.engine.Sensitivity;
import com.tokenomics.engine.Variable;
import com.tokenomics.scenario.AnalysisRequests.CompareRequest;
import com.tokenomics.scenario.AnalysisRequests.SensitivityRequest;
import com.tokenomics.scenario.AnalysisRequests.SweepAxis;
import com.tokenomics.scenario.AnalysisRequests.SweepRequest;
import com.tokenomics.scenario.AnalysisResponses.ComparedEntry;
import com.tokenomics.scenario.AnalysisResponses.Comparison;
import com.tokenomics.scenario.AnalysisResponses.Sweep;
import com.tokenomics.scenario.AnalysisResponses.SweepPoint;
import com.tokenomics.scenario.AnalysisResponses.Tornado;
import com.tokenomics.scenario.AnalysisResponses.TornadoBar;
import com.tokenomics.scenario.EngineFields;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.Fallback;
import com.tokenomics.scenario.FieldError;
import com.tokenomics.scenario.Inputs;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.Limit;
import com.tokenomics.scenario.Parameters;
import com.tokenomics.scenario.ResolvedScenario;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import com.tokenomics.scenario.ScenarioRequest;
import com.tokenomics.scenario.Suggestions;
import com.tokenomics.scenario.Text;
import com.tokenomics.web.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Views that make a decision easy: systems side by side, inputs swept into series, and a sensitivity tornado. */
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses", description = "Compare systems, sweep inputs, and see which input moves the cost most")
public class AnalysisResource {

    static final int MIN_COMPARED = 2;
    static final int MAX_COMPARED = 10;
    static final int MAX_AXES = 2;
    static final int MAX_SWEEP_POINTS = 1_000;
    public static final Limit DELTA_PERCENT = Limit.above(0, 90, "percent");
    private static final double DEFAULT_DELTA_PERCENT = 20;
    private static final double PERCENT = 100;

    private final ScenarioMapper mapper;

    public AnalysisResource(ScenarioMapper mapper) {
        this.mapper = mapper;
    }

    @POST
    @Path("/compare")
    @Operation(operationId = "compare", summary = "Compare systems (or scenarios) side by side",
            description = "Ranked by cost per million tokens and by tokens per dollar per watt, with the ratios "
                    + "that explain the ranking. 2 to 10 entries.")
    @APIResponse(responseCode = "200", description = "The entries ranked")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fewer than 2 or more than 10 entries, or a scenario that "
            + "cannot be evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Comparison compare(CompareRequest request) {
        if (request == null) {
            throw new InvalidInputException("", "send scenario and systems, or scenarios.");
        }
        List<String> labels = new ArrayList<>();
        List<EvaluationResponse> evaluations = new ArrayList<>();
        if (request.scenarios() != null) {
            if (request.scenario() != null || request.systems() != null) {
                throw new InvalidInputException("/scenarios", "give scenarios alone, or scenario and systems.");
            }
            requireCount(request.scenarios().size(), "/scenarios");
            for (int i = 0; i < request.scenarios().size(); i++) {
                ScenarioRequest scenario = request.scenarios().get(i);
                evaluations.add(evaluate("/scenarios/" + i, () -> scenario));
            }
        } else {
            if (request.scenario() == null || request.systems() == null) {
                throw new InvalidInputException("/systems", "give scenario and systems (2 to 10), or scenarios.");
            }
            requireCount(request.systems().size(), "/systems");
            for (int i = 0; i < request.systems().size(); i++) {
                SystemInput system = request.systems().get(i);
                ScenarioRequest base = request.scenario();
                evaluations.add(evaluate("/systems/" + i, () -> new ScenarioRequest(base.model(), base.workload(),
                        base.precision(), system, base.deployment(), base.finance(), base.market())));
            }
        }
        evaluations.forEach(evaluation -> labels.add(evaluation.system()));
        return rank(labels, evaluations);
    }

    @POST
    @Path("/sweep")
    @Operation(operationId = "sweep", summary = "Vary one or two inputs into series",
            description = "E.g. cost per million tokens against users (the economics of batching) or against "
                    + "utilization; memory against context. At most 1,000 points.")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown input to vary, a bad range, more than 1,000 "
            + "points, or a scenario that cannot be evaluated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Sweep sweep(SweepRequest request) {
        if (request == null || request.scenario() == null) {
            throw new InvalidInputException("/scenario", "is required: the scenario to vary.");
        }
        if (request.vary() == null || request.vary().isEmpty() || request.vary().size() > MAX_AXES) {
            throw new InvalidInputException("/vary", "give 1 or " + MAX_AXES + " inputs to vary.");
        }
        List<Parameters.Varied> varied = new ArrayList<>();
        List<double[]> axes = new ArrayList<>();
        Inputs in = new Inputs();
        for (int i = 0; i < request.vary().size(); i++) {
            SweepAxis axis = request.vary().get(i);
            String at = "/vary/" + i;
            Parameters.Varied parameter = axis == null || axis.parameter() == null ? null
                    : Parameters.BY_NAME.get(axis.parameter());
            if (parameter == null) {
                String typed = axis == null || axis.parameter() == null ? "" : axis.parameter();
                in.error(at + "/parameter", "must be one of " + String.join(", ", Parameters.BY_NAME.keySet())
                        + "." + Suggestions.didYouMean(typed, Parameters.BY_NAME.keySet()));
                continue;
            }
            if (varied.contains(parameter)) {
                in.error(at + "/parameter", "is swept by /vary/" + varied.indexOf(parameter) + " already: vary "
                        + "each input on one axis (the second would replace the first's values).");
                continue;
            }
            varied.add(parameter);
            axes.add(values(axis, parameter, at, in));
        }
        long count = axes.stream().mapToLong(values -> values.length).reduce(1, (a, b) -> a * b);
        if (count > MAX_SWEEP_POINTS) {
            in.error("/vary", "the sweep has " + count + " points; at most " + MAX_SWEEP_POINTS + ".");
        }
        in.throwIfInvalid();
        Scenario base = evaluateScenario("/scenario", request.scenario());
        List<SweepPoint> points = new ArrayList<>((int) count);
        int[] index = new int[axes.size()];
        for (long n = 0; n < count; n++) {
            Scenario scenario = base;
            Map<String, Double> values = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                double value = axes.get(a)[index[a]];
                scenario = varied.get(a).variable().apply(scenario, value);
                values.put(varied.get(a).name(), value);
            }
            points.add(point(values, evaluatePoint(scenario, values)));
            for (int a = axes.size() - 1; a >= 0 && ++index[a] == axes.get(a).length; a--) {
                index[a] = 0;
            }
        }
        return new Sweep(varied.stream().map(Parameters.Varied::name).toList(), points.size(), points);
    }

    @POST
    @Path("/sensitivity")
    @Operation(operationId = "sensitivity",
            summary = "Which input moves the cost per million tokens most (a tornado)",
            description = "Each finance and throughput input moved by ± deltaPercent (default 20), the others "
                    + "held; utilization is capped at 1 and PUE at no less than 1.")
    @APIResponse(responseCode = "200", description = "The bars, widest first")
    @APIResponse(responseCode = "400", description = "The body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "deltaPercent out of range, or a scenario that cannot be "
            + "evaluated or has no cost per token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Tornado sensitivity(SensitivityRequest request) {
        if (request == null || request.scenario() == null) {
            throw new InvalidInputException("/scenario", "is required: the scenario to analyse.");
        }
        Inputs in = new Inputs();
        double delta = in.required(request.deltaPercent(), "/deltaPercent", DELTA_PERCENT,
                Fallback.rule(DEFAULT_DELTA_PERCENT, "±20 %"));
        in.throwIfInvalid();
        Scenario scenario = evaluateScenario("/scenario", request.scenario());
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

    private static double[] values(SweepAxis axis, Parameters.Varied parameter, String at, Inputs in) {
        if (axis.values() != null) {
            if (axis.from() != null || axis.to() != null || axis.points() != null) {
                in.error(at, "give values, or from, to and points, not both.");
                return new double[0];
            }
            if (axis.values().isEmpty() || axis.values().size() > MAX_SWEEP_POINTS) {
                in.error(at + "/values", "must have 1 to " + MAX_SWEEP_POINTS + " values.");
                return new double[0];
            }
            return IntStream.range(0, axis.values().size())
                    .mapToDouble(i -> in.required(axis.values().get(i), at + "/values/" + i, parameter.limit()))
                    .toArray();
        }
        double from = in.required(axis.from(), at + "/from", parameter.limit());
        double to = in.required(axis.to(), at + "/to", parameter.limit());
        double points = in.required(axis.points(), at + "/points", Limit.whole(2, MAX_SWEEP_POINTS, "points"));
        String scale = axis.scale() == null ? "linear" : axis.scale().trim().toLowerCase(Locale.ROOT);
        if (!scale.equals("linear") && !scale.equals("log")) {
            in.error(at + "/scale", "must be linear or log; got \"" + Text.clip(scale) + "\".");
        }
        if (scale.equals("log") && Inputs.valid(from, to) && (from <= 0 || to <= 0)) {
            in.error(at + "/scale", "log needs from and to above 0.");
        }
        if (!Inputs.valid(from, to, points) || in.hasErrors()) {
            return new double[0];
        }
        // Weighted sums and exact ends: from + t * (to - from) made 1e13 → 1e-6 end at 0, outside the range, and
        // exp(log) ends a hair outside it (50.000000000000014 years); rounding is kept between the ends too.
        double[] values = new double[(int) points];
        double lowest = Math.min(from, to);
        double highest = Math.max(from, to);
        for (int i = 0; i < values.length; i++) {
            double fraction = (double) i / (values.length - 1);
            double value = scale.equals("log")
                    ? Math.exp(Math.log(from) * (1 - fraction) + Math.log(to) * fraction)
                    : from * (1 - fraction) + to * fraction;
            value = i == 0 ? from : i == values.length - 1 ? to
                    : Math.min(highest, Math.max(lowest, Variable.stepValue(value)));
            values[i] = parameter.limit().wholeNumber() ? Math.round(value) : value;
            if (!parameter.limit().allows(values[i])) {
                // Between 0 and the smallest positive value of an input that may be either (a price from 0 up).
                in.error(at + "/points", "point " + (i + 1) + " would be " + Limit.format(values[i]) + ", and "
                        + parameter.name() + " must be " + parameter.limit().describe() + ": keep the range at or "
                        + "above " + Limit.format(parameter.limit().min()) + ", or give values.");
                return new double[0];
            }
        }
        return values;
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

    private EvaluationResponse evaluate(String at, Supplier<ScenarioRequest> request) {
        ResolvedScenario resolved = resolve(at, request.get());
        try {
            return EvaluationResponse.evaluate(resolved);
        } catch (InvalidInputException e) {
            throw prefixed(at, e);
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

    private Scenario evaluateScenario(String at, ScenarioRequest request) {
        return resolve(at, request).scenario();
    }

    /** Resolves a scenario nested in an analysis request, its errors' pointers prefixed with where it sits. */
    private ResolvedScenario resolve(String at, ScenarioRequest request) {
        try {
            return mapper.toScenario(request);
        } catch (InvalidInputException e) {
            throw prefixed(at, e);
        }
    }

    private static InvalidInputException prefixed(String at, InvalidInputException e) {
        return new InvalidInputException(e.errors().stream()
                .map(error -> new FieldError(at + error.field(), error.message()))
                .toList());
    }

    private static Comparison rank(List<String> labels, List<EvaluationResponse> evaluations) {
        List<Integer> byCost = order(evaluations, Comparator.comparingDouble(
                evaluation -> evaluation.unitEconomics().usdPerMillionTokens()));
        // Tokens per dollar per watt is null only when the annual cost is 0: unboundedly efficient, so first.
        List<Integer> byEfficiency = order(evaluations, Comparator.comparingDouble(
                (EvaluationResponse evaluation) -> evaluation.unitEconomics().tokensPerUsdPerWatt() == null
                        ? Double.POSITIVE_INFINITY : evaluation.unitEconomics().tokensPerUsdPerWatt()).reversed());
        List<ComparedEntry> entries = new ArrayList<>();
        for (int position = 0; position < byCost.size(); position++) {
            int i = byCost.get(position);
            entries.add(new ComparedEntry(labels.get(i), position + 1, byEfficiency.indexOf(i) + 1,
                    evaluations.get(i)));
        }
        for (int i = 0; i < evaluations.size(); i++) {
            if (!byCost.contains(i)) {
                entries.add(new ComparedEntry(labels.get(i), null, null, evaluations.get(i)));
            }
        }
        return new Comparison("usdPerMillionTokens", entries, explanations(entries));
    }

    private static List<Integer> order(List<EvaluationResponse> evaluations, Comparator<EvaluationResponse> by) {
        return IntStream.range(0, evaluations.size())
                .filter(i -> evaluations.get(i).unitEconomics() != null)
                .boxed()
                .sorted(Comparator.comparing(evaluations::get, by))
                .toList();
    }

    /** Cost per token = annual cost / tokens a year: say which of the two makes each entry dearer than the best. */
    private static List<String> explanations(List<ComparedEntry> entries) {
        List<String> lines = new ArrayList<>();
        ComparedEntry best = entries.isEmpty() || entries.get(0).rankByCost() == null ? null : entries.get(0);
        for (ComparedEntry entry : entries) {
            EvaluationResponse evaluation = entry.evaluation();
            if (entry.rankByCost() == null) {
                lines.add(entry.label() + " is not ranked: it has no cost per token ("
                        + String.join(", ", evaluation.warnings().stream().map(w -> w.code()).toList()) + ").");
            } else if (entry != best) {
                lines.add(comparedWithTheBest(entry, best));
            }
        }
        List<String> estimated = new ArrayList<>();
        for (ComparedEntry entry : entries) {
            Estimate estimate = entry.evaluation().estimate();
            if (estimate != null) {
                estimated.add(String.format(Locale.ROOT, "%s ≈ %,.0f tokens/s per chip ±%.0f %% (bound by %s, batch "
                        + "limited by %s)", entry.label(), estimate.outputTokensPerSecondPerChip(),
                        estimate.expectedErrorFraction() * PERCENT, estimate.boundBy(), estimate.limitedBy()));
            }
        }
        if (!estimated.isEmpty()) {
            lines.add("Estimated throughputs, whose band the cost per token carries: " + String.join("; ", estimated)
                    + ".");
        }
        return lines;
    }

    private static String comparedWithTheBest(ComparedEntry entry, ComparedEntry best) {
        EvaluationResponse evaluation = entry.evaluation();
        EvaluationResponse top = best.evaluation();
        if (top.cost().annualTotalUsd() == 0) {
            // Free hardware, power and hosting: no ratio to the best exists.
            return String.format(Locale.ROOT, "%s costs $%.4f per million tokens; %s costs nothing a year (its "
                    + "hardware, power and hosting are free), so no ratio compares them.", entry.label(),
                    evaluation.unitEconomics().usdPerMillionTokens(), best.label());
        }
        double costRatio = evaluation.cost().annualTotalUsd() / top.cost().annualTotalUsd();
        double tokenRatio = evaluation.unitEconomics().tokensPerYear() / top.unitEconomics().tokensPerYear();
        return String.format(Locale.ROOT, "%s costs $%.4f per million tokens, %.0f %% more than %s ($%.4f): its "
                + "hardware costs %.2f× as much a year and produces %.2f× the tokens.",
                entry.label(), evaluation.unitEconomics().usdPerMillionTokens(),
                (evaluation.unitEconomics().usdPerMillionTokens() / top.unitEconomics().usdPerMillionTokens() - 1)
                        * PERCENT,
                best.label(), top.unitEconomics().usdPerMillionTokens(), costRatio, tokenRatio);
    }
}
