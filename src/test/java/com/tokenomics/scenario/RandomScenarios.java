package com.tokenomics.scenario;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random scenario bodies for the API: optional sections and fields present or not, numbers mostly plausible and now
 * and then extreme (zero, negative, 1e-300, 1e308, 1e400, "NaN" and "Infinity" as strings), ids from the catalog.
 * The bodies are raw JSON text, so that literals beyond a double (1e400) reach the server as they are.
 */
final class RandomScenarios {

    /** How often a section of the scenario is there, and how often an optional field of a section. */
    private static final double SECTION_PRESENT = 0.95;
    private static final double FIELD_PRESENT = 0.6;
    /** One number in this many is extreme; more would leave hardly any scenario valid. */
    private static final int PLAUSIBLE_PER_EXTREME = 30;

    private static final List<String> EXTREMES = List.of("0", "-0.0", "-1", "0.5", "1e-300", "4.9e-324", "1e15",
            "9007199254740993", "1e300", "1e308", "1.7976931348623157e308", "1e400", "-1e400", "\"NaN\"",
            "\"Infinity\"", "\"-Infinity\"");

    private RandomScenarios() {
    }

    /**
     * {@code count} bodies. jqwik samples them outside its own lifecycle (a @QuarkusTest runs on JUnit Jupiter), so
     * with a new seed each run: a failure names the body that caused it, which replays it.
     */
    static List<String> bodies(int count) {
        return scenario(new Catalog()).sampleStream().limit(count).toList();
    }

    private static Arbitrary<String> scenario(Catalog catalog) {
        List<String> models = ids(catalog.models().stream().map(CatalogEntry::id));
        List<String> systems = ids(catalog.systems().stream().map(CatalogEntry::id));
        Arbitrary<String> users = number(Arbitraries.longs().between(1, 100_000));
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        fields.put("model", Arbitraries.oneOf(quoted(models), model(models)));
        fields.put("workload", Arbitraries.oneOf(
                object(ordered("users", users, "contextTokens", number(Arbitraries.longs().between(1, 200_000))),
                        ordered()),
                object(ordered("users", users, "inputTokens", number(Arbitraries.longs().between(1, 100_000)),
                        "outputTokens", number(Arbitraries.longs().between(0, 10_000))), ordered())));
        fields.put("precision", object(ordered(), ordered(
                "weights", quoted(List.of("fp32", "fp16", "bf16", "fp8", "int8", "fp4", "int4", "mxfp4", "fp12")),
                "kvCache", quoted(List.of("fp16", "bf16", "fp8")))));
        fields.put("system", Arbitraries.oneOf(quoted(systems), system(systems)));
        fields.put("deployment", object(ordered(), ordered(
                "instances", number(Arbitraries.longs().between(1, 8)),
                "racks", number(Arbitraries.longs().between(1, 20)),
                "tokensPerSecond", number(Arbitraries.doubles().between(1, 1e6)),
                "capexBasis", quoted(List.of("rack", "chip")),
                "fillRacks", Arbitraries.of("true", "false"),
                "throughputMethod", quoted(List.of("auto", "estimate")),
                "runtimeReserveFraction", number(Arbitraries.doubles().between(0, 0.5)))));
        fields.put("finance", object(ordered(), ordered(
                "preset", quoted(ids(catalog.financePresets().stream().map(preset -> preset.id()))),
                "depreciationYears", number(Arbitraries.doubles().between(1, 10)),
                "wacc", number(Arbitraries.doubles().between(0, 0.2)),
                "electricityUsdPerKwh", number(Arbitraries.doubles().between(0, 0.3)),
                "pue", number(Arbitraries.doubles().between(1, 2)),
                "hostingUsdPerKwMonth", number(Arbitraries.doubles().between(0, 300)),
                "utilization", number(Arbitraries.doubles().between(0.01, 1)),
                "averagePowerFraction", number(Arbitraries.doubles().between(0.1, 1)))));
        fields.put("market", Arbitraries.oneOf(
                object(ordered("usdPerMillionTokens", number(Arbitraries.doubles().between(0.01, 100))), ordered()),
                object(ordered("priceId", quoted(ids(catalog.prices().stream().map(CatalogEntry::id)))), ordered()),
                object(ordered("inputUsdPerMillionTokens", number(Arbitraries.doubles().between(0.01, 20)),
                        "outputUsdPerMillionTokens", number(Arbitraries.doubles().between(0.01, 60)),
                        "inputTokenShare", number(Arbitraries.doubles().between(0, 1))), ordered())));
        return object(ordered(), fields, SECTION_PRESENT);
    }

    /** A catalog id with overrides, or a whole architecture. */
    private static Arbitrary<String> model(List<String> ids) {
        Arbitrary<String> attention = Arbitraries.oneOf(
                object(ordered("type", quoted(List.of("gqa", "mqa", "mha"))), ordered()),
                object(ordered("type", quoted(List.of("mla")), "kvLoraRank", number(Arbitraries.of(512L, 256L)),
                        "qkRopeHeadDim", number(Arbitraries.of(64L, 32L))), ordered()));
        Map<String, Arbitrary<String>> overrides = ordered(
                "activeParameters", number(Arbitraries.doubles().between(1e9, 1e10)),
                "kvHeads", number(Arbitraries.of(1L, 4L, 8L)),
                "headDim", number(Arbitraries.of(64L, 128L)),
                "attention", attention);
        Map<String, Arbitrary<String>> architecture = ordered(
                "parameters", number(Arbitraries.doubles().between(1e10, 1e12)),
                "layers", number(Arbitraries.longs().between(1, 128)),
                "hiddenSize", number(Arbitraries.of(2048L, 4096L, 7168L, 8192L)),
                "attentionHeads", number(Arbitraries.of(16L, 32L, 64L, 128L)));
        return Arbitraries.oneOf(object(ordered("id", quoted(ids)), overrides), object(architecture, overrides));
    }

    private static Arbitrary<String> system(List<String> ids) {
        Map<String, Arbitrary<String>> overrides = ordered(
                "chipsPerRack", number(Arbitraries.longs().between(1, 128)),
                "powerPerRackKw", number(Arbitraries.doubles().between(1, 150)),
                "pricePerRackUsd", number(Arbitraries.doubles().between(1e4, 5e6)),
                "memoryBandwidthTBps", number(Arbitraries.doubles().between(1, 10)),
                "peakTflops", number(Arbitraries.doubles().between(100, 10_000)));
        return Arbitraries.oneOf(object(ordered("id", quoted(ids)), overrides),
                object(ordered("memoryPerChipGiB", number(Arbitraries.doubles().between(16, 300))), overrides),
                object(ordered("sramPerChipGiB", number(Arbitraries.doubles().between(0.1, 1))), overrides));
    }

    /** A plausible number, or now and then an extreme one, as JSON text. */
    private static <T extends Number> Arbitrary<String> number(Arbitrary<T> plausible) {
        return Arbitraries.frequencyOf(
                Tuple.of(PLAUSIBLE_PER_EXTREME, plausible.map(String::valueOf)),
                Tuple.of(1, Arbitraries.of(EXTREMES)));
    }

    private static Arbitrary<String> quoted(List<String> values) {
        return Arbitraries.of(values).map(value -> "\"" + value + "\"");
    }

    private static Arbitrary<String> object(Map<String, Arbitrary<String>> required,
            Map<String, Arbitrary<String>> optional) {
        return object(required, optional, FIELD_PRESENT);
    }

    /** An object with every required field and each optional one with the given probability. */
    private static Arbitrary<String> object(Map<String, Arbitrary<String>> required,
            Map<String, Arbitrary<String>> optional, double presence) {
        List<Arbitrary<String>> members = new ArrayList<>();
        required.forEach((name, value) -> members.add(value.map(text -> "\"" + name + "\": " + text)));
        optional.forEach((name, value) -> members.add(value.map(text -> "\"" + name + "\": " + text)
                .injectNull(1 - presence)));
        return Combinators.combine(members).as(present -> present.stream()
                .filter(Objects::nonNull).collect(Collectors.joining(", ", "{", "}")));
    }

    /** Name, arbitrary, name, arbitrary …, in that order: Map.of's order changes from run to run, the seed's would too. */
    @SuppressWarnings("unchecked")
    private static Map<String, Arbitrary<String>> ordered(Object... namesAndValues) {
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (Arbitrary<String>) namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Catalog ids only: unknown ones are the bad-input corpus's business, and would leave few scenarios valid. */
    private static List<String> ids(Stream<String> catalogIds) {
        return catalogIds.toList();
    }
}
