package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Every input at the edges of the range the API accepts (the smallest allowed value, the largest, or a plausible one)
 * in random combinations, through the mapper and the engine, and through the analyses (a tornado, a sweep over a whole
 * range): whatever is accepted must come out as finite figures.
 * This found a rack drawing 4.9e-324 kW, which passed "above 0" and made tokens per dollar per watt infinite.
 */
class RangeCornersTest {

    private static final Catalog CATALOG = new Catalog();
    private static final ScenarioMapper MAPPER = new ScenarioMapper(CATALOG, new Calibrations());
    private static final Analyses ANALYSES = new Analyses(MAPPER);
    /** Plain Jackson writes a non-finite double as the string "NaN" or "Infinity", which the check looks for. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 3_000)
    @StatisticsReport(onFailureOnly = true)
    void shouldAnswerEveryAcceptedScenarioWithFiniteFigures(@ForAll("scenarios") Map<String, Object> body)
            throws Exception {
        try {
            JsonNode answer = JSON.valueToTree(EvaluationResponse.evaluate(
                    MAPPER.toScenario(JSON.convertValue(body, ScenarioRequest.class))));
            Statistics.collect("accepted");

            assertThat(nonFinite(answer, "")).as(JSON.writeValueAsString(body)).isEmpty();
            JsonNode sizing = answer.path("sizing");
            assertThat(sizing.path("chips").asDouble()).as("whole chips, not saturated, for " + body)
                    .isGreaterThanOrEqualTo(sizing.path("chipsExact").asDouble());
            double chipsCosted = answer.path("cost").path("chipsCosted").asDouble();
            assertThat(chipsCosted).as("chips costed for " + body).isEqualTo(Math.rint(chipsCosted));
        } catch (InvalidInputException rejected) {
            Statistics.collect("rejected");
        }
        requireMostAccepted();
    }

    @Property(tries = 1_000)
    @StatisticsReport(onFailureOnly = true)
    void shouldSweepEveryAcceptedScenarioOverAWholeRangeWithFiniteFigures(
            @ForAll("scenarios") Map<String, Object> body, @ForAll("parameters") String parameter,
            @ForAll boolean descending, @ForAll boolean logScale) throws Exception {
        Limit range = Parameters.BY_NAME.get(parameter).limit();
        double from = descending ? range.max() : smallest(range);
        double to = descending ? smallest(range) : range.max();
        AnalysisRequests.SweepAxis wholeRange = new AnalysisRequests.SweepAxis(parameter, from, to, 50.0,
                logScale ? "log" : "linear", null);
        try {
            JsonNode sweep = JSON.valueToTree(ANALYSES.sweep(new AnalysisRequests.SweepRequest(
                    JSON.convertValue(body, ScenarioRequest.class), List.of(wholeRange))));
            Statistics.collect("accepted");

            assertThat(nonFinite(sweep, "")).as(parameter + " in " + JSON.writeValueAsString(body)).isEmpty();
            sweep.path("points").forEach(point -> assertThat(range.allows(point.path("values").path(parameter)
                    .asDouble())).as("the point " + point.path("values") + " is within the range").isTrue());
        } catch (InvalidInputException rejected) {
            Statistics.collect("rejected");
        }
        requireMostAccepted();
    }

    @Property(tries = 1_000)
    @StatisticsReport(onFailureOnly = true)
    void shouldGiveEveryCostedScenarioAFiniteTornado(@ForAll("costedScenarios") Map<String, Object> body,
            @ForAll("deltas") double deltaPercent) throws Exception {
        try {
            JsonNode tornado = JSON.valueToTree(ANALYSES.sensitivity(new AnalysisRequests.SensitivityRequest(
                    JSON.convertValue(body, ScenarioRequest.class), deltaPercent)));
            Statistics.collect("accepted");

            assertThat(nonFinite(tornado, "")).as(deltaPercent + " % in " + JSON.writeValueAsString(body)).isEmpty();
        } catch (InvalidInputException rejected) {
            Statistics.collect("rejected");
        }
        requireMostAccepted();
    }

    /** Most combinations must get through validation, or a property would hold for want of cases. */
    private static void requireMostAccepted() {
        Statistics.coverage(coverage -> coverage.check("accepted").percentage(share -> share >= 50));
    }

    private static List<String> nonFinite(JsonNode node, String pointer) {
        List<String> found = new ArrayList<>();
        if (node.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(node.asText())) {
            found.add(pointer + " = " + node.asText());
        } else if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            found.add(pointer + " = " + node.asDouble());
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> found.addAll(nonFinite(field.getValue(),
                    pointer + "/" + field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(nonFinite(node.get(i), pointer + "/" + i));
            }
        }
        return found;
    }

    /** Scenarios with a price, power and throughput unless a corner set them: a tornado needs a cost per token. */
    @Provide
    @SuppressWarnings("unchecked")
    Arbitrary<Map<String, Object>> costedScenarios() {
        return scenarios().map(body -> {
            if (body.get("system") instanceof Map<?, ?> system) {
                Map<String, Object> costed = new LinkedHashMap<>((Map<String, Object>) system);
                costed.putIfAbsent("powerPerRackKw", 120.0);
                costed.putIfAbsent("pricePerRackUsd", 3e6);
                body.put("system", costed);
            }
            Map<String, Object> deployment = new LinkedHashMap<>((Map<String, Object>) body.get("deployment"));
            deployment.putIfAbsent("tokensPerSecond", 20_000.0);
            body.put("deployment", deployment);
            return body;
        });
    }

    @Provide
    Arbitrary<String> parameters() {
        return Arbitraries.of(List.copyOf(Parameters.BY_NAME.keySet()));
    }

    @Provide
    Arbitrary<Double> deltas() {
        return Arbitraries.of(Double.MIN_VALUE, 1.0, 20.0, Analyses.DELTA_PERCENT.max());
    }

    @Provide
    @SuppressWarnings("unchecked")
    Arbitrary<Map<String, Object>> scenarios() {
        Arbitrary<Object> model = Arbitraries.oneOf(
                ids(CATALOG.models().stream().map(CatalogEntry::id).toList()),
                section(fields(
                        "parameters", corners(Limits.PARAMETERS, 70e9),
                        "layers", corners(Limits.LAYERS, 80),
                        "hiddenSize", corners(Limits.HIDDEN_SIZE, 8192),
                        "attentionHeads", corners(Limits.HEADS, 64),
                        "headDim", corners(Limits.HEAD_DIM, 128)), fields(
                        "activeParameters", corners(Limits.PARAMETERS, 8e9),
                        "kvHeads", Arbitraries.just(1.0)), 0.5));
        Arbitrary<Object> latencyTarget = Arbitraries.oneOf(
                section(fields(), fields(), 0),
                section(fields("targetTimePerOutputTokenMs", corners(Limits.TARGET_MS, 50)), fields(), 0),
                section(fields("targetTokensPerSecondPerUser",
                        corners(Limits.TARGET_TOKENS_PER_SECOND_PER_USER, 20)), fields(), 0));
        Arbitrary<Object> workload = Combinators.combine(section(fields(
                "users", corners(Limits.USERS, 16),
                "contextTokens", corners(Limits.CONTEXT, 10_000)), fields(), 0), latencyTarget)
                .as((sizes, target) -> {
                    Map<String, Object> both = new LinkedHashMap<>((Map<String, Object>) sizes);
                    both.putAll((Map<String, Object>) target);
                    return both;
                });
        Arbitrary<Object> precision = section(fields(), fields(
                "weightsBytes", corners(Limits.BYTES_PER_ELEMENT, 1),
                "kvCacheBytes", corners(Limits.BYTES_PER_ELEMENT, 2)), 0.5);
        Map<String, Arbitrary<Object>> hardware = fields(
                "chipsPerRack", corners(Limits.CHIPS_PER_RACK, 8),
                "powerPerRackKw", corners(Limits.POWER_PER_RACK, 120),
                "pricePerRackUsd", corners(Limits.PRICE_PER_RACK, 3e6),
                "memoryBandwidthTBps", corners(Limits.BANDWIDTH, 4.8),
                "peakTflops", corners(Limits.TFLOPS, 1_000));
        Arbitrary<Object> system = Arbitraries.oneOf(
                section(fields("id", ids(CATALOG.systems().stream().map(CatalogEntry::id).toList())), hardware, 0.3),
                section(fields("memoryPerChipGiB", positiveCorners(Limits.MEMORY_PER_CHIP, 141)), hardware,
                        0.5),
                section(fields("sramPerChipGiB", positiveCorners(Limits.MEMORY_PER_CHIP, 0.2)), hardware,
                        0.5));
        Arbitrary<Object> deployment = section(fields(), fields(
                "instances", corners(Limits.INSTANCES, 2),
                "racks", corners(Limits.RACKS, 4),
                "tokensPerSecond", corners(Limits.TOKENS_PER_SECOND, 20_000),
                "runtimeReserveFraction", corners(Limits.FRACTION_FROM_ZERO, 0.1),
                "capexBasis", Arbitraries.of("rack", "chip"),
                "fillRacks", Arbitraries.of(true, false),
                "throughputMethod", Arbitraries.of("auto", "estimate")), 0.5);
        Arbitrary<Object> finance = section(fields(), fields(
                "depreciationYears", corners(Limits.YEARS, 5),
                "wacc", corners(Limits.WACC, 0.08),
                "electricityUsdPerKwh", corners(Limits.ELECTRICITY, 0.08),
                "pue", corners(Limits.PUE, 1.3),
                "hostingUsdPerKwMonth", corners(Limits.HOSTING, 185),
                "utilization", corners(Limits.FRACTION_ABOVE_ZERO, 0.6),
                "averagePowerFraction", corners(Limits.FRACTION_ABOVE_ZERO, 0.7)), 0.6);
        Arbitrary<Object> market = Arbitraries.oneOf(
                section(fields("usdPerMillionTokens", corners(Limits.PRICE_PER_MILLION, 1)), fields(), 0),
                section(fields(
                        "inputUsdPerMillionTokens", corners(Limits.PRICE_PER_MILLION, 0.6),
                        "outputUsdPerMillionTokens", corners(Limits.PRICE_PER_MILLION, 2.4),
                        "inputTokenShare", corners(Limits.FRACTION_FROM_ZERO, 0.7)), fields(), 0));
        return Combinators.combine(model, workload, precision, system, deployment, finance, market)
                .as((m, w, p, s, d, f, k) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("model", m);
                    body.put("workload", w);
                    body.put("precision", p);
                    body.put("system", s);
                    body.put("deployment", d);
                    body.put("finance", f);
                    body.put("market", k);
                    return body;
                });
    }

    /** The smallest and the largest value the limit allows, 0 where it is allowed too, or a plausible value. */
    private static Arbitrary<Object> corners(Limit limit, double plausible) {
        return Arbitraries.frequencyOf(
                Tuple.of(limit.zeroAllowed() ? 1 : 0, Arbitraries.just(0.0)),
                Tuple.of(4, positiveCorners(limit, plausible)));
    }

    private static Arbitrary<Object> positiveCorners(Limit limit, double plausible) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(smallest(limit))),
                Tuple.of(1, Arbitraries.just(limit.max())),
                Tuple.of(2, Arbitraries.just(plausible)));
    }

    /** The smallest value the limit allows that is not 0. */
    private static double smallest(Limit limit) {
        double smallest = limit.minInclusive() ? limit.min() : Math.nextUp(limit.min());
        if (limit.wholeNumber()) {
            return Math.ceil(smallest);
        }
        return smallest == 0 ? Double.MIN_VALUE : smallest;
    }

    private static Arbitrary<Object> ids(List<String> ids) {
        return Arbitraries.of(ids).map(id -> id);
    }

    /** An object with every required field, and each optional one with the given probability. */
    private static Arbitrary<Object> section(Map<String, Arbitrary<Object>> required,
            Map<String, Arbitrary<Object>> optional, double presence) {
        List<Arbitrary<Tuple.Tuple2<String, Object>>> members = new ArrayList<>();
        required.forEach((name, value) -> members.add(value.map(v -> Tuple.of(name, v))));
        optional.forEach((name, value) -> members.add(value.map(v -> Tuple.of(name, v)).injectNull(1 - presence)));
        return Combinators.combine(members).as(present -> {
            Map<String, Object> object = new LinkedHashMap<>();
            present.stream().filter(member -> member != null).forEach(member -> object.put(member.get1(),
                    member.get2()));
            return object;
        });
    }

    /** Name, values, name, values …, in that order, so that a seed replays the same bodies. */
    @SuppressWarnings("unchecked")
    private static Map<String, Arbitrary<Object>> fields(Object... namesAndValues) {
        Map<String, Arbitrary<Object>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (Arbitrary<Object>) namesAndValues[i + 1]);
        }
        return fields;
    }
}
