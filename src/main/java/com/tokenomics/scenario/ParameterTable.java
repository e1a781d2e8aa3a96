package com.tokenomics.scenario;

import com.tokenomics.engine.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every scenario parameter, declared once: its query name (and other names), the JSON field it sets, its unit and
 * range, its default and a one-line description. The GET decoder, the OpenAPI document, the Slack grammar,
 * {@code GET /v1/parameters} (which the page reads) and the table in docs/api.md all come from here.
 */
public final class ParameterTable {

    /** Numeric formats by name: fp32, fp16, bf16 … */
    private static final String[] FORMATS = Arrays.stream(Precision.values()).map(Precision::id)
            .toArray(String[]::new);

    /** The architecture of a catalog model, which a custom model must give. */
    private static final String CATALOG_OR_REQUIRED = "the catalog's; required for a custom model";

    private static final List<Parameter> ALL = List.of(
            text("model", "/model/id", "catalog id", "none: a custom model, whose architecture is then required",
                    "Catalog model id (see /v1/catalog/models)."),
            text("system", "/system/id", "catalog id", "none: a custom system, whose memory is then required",
                    "Catalog system id (see /v1/catalog/systems)."),
            text("throughputReference", "/deployment/throughputReference", "catalog id",
                    "the best-matching measured result", "Catalog throughput reference id (see /v1/catalog/throughput)."),
            text("priceId", "/market/priceId", "catalog id", "none",
                    "Catalog price id (see /v1/catalog/prices): its input and output prices."),
            text("modelName", "/model/name", "text", "the catalog's name, else custom model", "Display name."),
            number("parameters", "/model/parameters", Limits.PARAMETERS, CATALOG_OR_REQUIRED,
                    "Total parameters (MoE: all experts, all resident)."),
            number("activeParameters", "/model/activeParameters", Limits.PARAMETERS, "parameters (a dense model)",
                    "Parameters used per token (MoE)."),
            number("layers", "/model/layers", Limits.LAYERS, CATALOG_OR_REQUIRED, "Decoder layers."),
            number("hiddenSize", "/model/hiddenSize", Limits.HIDDEN_SIZE, CATALOG_OR_REQUIRED,
                    "Model dimension d_model."),
            number("attentionHeads", "/model/attentionHeads", Limits.HEADS, CATALOG_OR_REQUIRED,
                    "Query attention heads."),
            number("kvHeads", "/model/kvHeads", Limits.HEADS, "attentionHeads (multi-head attention)",
                    "Key/value heads (GQA)."),
            number("headDim", "/model/headDim", Limits.HEAD_DIM, "hiddenSize / attentionHeads", "Per-head dimension."),
            choice("attention", "/model/attention/type", "the catalog's, else gqa",
                    "How a layer caches keys and values: gqa (mha and mqa are its special cases, read as gqa) or "
                            + "mla (DeepSeek-V2/V3 latent attention).", "gqa", "mha", "mqa", "mla"),
            number("kvLoraRank", "/model/attention/kvLoraRank", Limits.LATENT, "the catalog's",
                    "MLA: compressed KV latent width (kv_lora_rank)."),
            number("qkRopeHeadDim", "/model/attention/qkRopeHeadDim", Limits.LATENT, "the catalog's",
                    "MLA: decoupled RoPE key width (qk_rope_head_dim)."),
            new Parameter("layerGroups", List.of(), List.of(), "/model/layerGroups", Kind.LIST, "layer groups", null,
                    List.of(), "every layer holds the whole context",
                    "Layers grouped by the tokens they hold (sliding windows, chunks); their layers add up to "
                            + "layers. JSON bodies only."),
            number("users", "/workload/users", Limits.USERS, "required",
                    "Concurrent users (sequences) over the whole deployment, or max: as many as memory and the latency "
                            + "targets allow.", "max"),
            number("context", "/workload/contextTokens", Limits.CONTEXT, "inputTokens + outputTokens",
                    "Tokens per user held at peak (input + output).").named("contextTokens"),
            number("input", "/workload/inputTokens", Limits.MEAN_INPUT_TOKENS, "none (give context instead)",
                    "Prompt tokens per user; a mean may be fractional (memory is sized on whole tokens, rounded "
                            + "up).").named("inputTokens"),
            number("output", "/workload/outputTokens", Limits.MEAN_OUTPUT_TOKENS,
                    "0 when input is given, else none (give context instead)",
                    "Generated tokens per user; a mean may be fractional.").named("outputTokens"),
            number("targetTimePerOutputTokenMs", "/workload/targetTimePerOutputTokenMs", Limits.TARGET_MS, "none",
                    "Latency target for the estimator: the 99th percentile of the time between a user's tokens. The "
                            + "estimator batches at most as many users per instance as meet it."),
            number("targetTokensPerSecondPerUser", "/workload/targetTokensPerSecondPerUser",
                    Limits.TARGET_TOKENS_PER_SECOND_PER_USER, "none",
                    "The same target as output tokens per second per user."),
            number("targetTimeToFirstTokenMs", "/workload/targetTimeToFirstTokenMs", Limits.TARGET_FIRST_TOKEN_MS,
                    "none", "Latency target for the estimator: the 99th percentile of the time to the first token "
                            + "(queueing for prefill included)."),
            choice("weights", "/precision/weights", "the catalog model's, else bf16", "Weights format.",
                    FORMATS).chat("precision"),
            choice("kvCache", "/precision/kvCache", "the weights' format when it has 16 or 32 bits, else bf16",
                    "KV cache format (an 8- or 4-bit weight format says nothing of the cache, which serving stacks "
                            + "keep in 16 bits unless told otherwise).", FORMATS),
            number("weightsBytes", "/precision/weightsBytes", Limits.BYTES_PER_ELEMENT, "from weights",
                    "Bytes per weight, instead of a format name."),
            number("kvCacheBytes", "/precision/kvCacheBytes", Limits.BYTES_PER_ELEMENT,
                    "from kvCache, else weightsBytes", "Bytes per KV-cache element, instead of a format name."),
            text("systemName", "/system/name", "text", "the catalog's name, else custom system", "Display name."),
            text("rackUnit", "/system/rackUnit", "text",
                    "the catalog's, else rack, or chip when chipsPerRack is not given",
                    "What one rack is (rack, 8-GPU server …)."),
            number("memoryPerChipGiB", "/system/memoryPerChipGiB", Limits.MEMORY_PER_CHIP, "the catalog's, else 0",
                    "HBM per chip."),
            number("sramPerChipGiB", "/system/sramPerChipGiB", Limits.MEMORY_PER_CHIP, "the catalog's, else 0",
                    "On-chip SRAM per chip (used when the chip has no HBM)."),
            number("chipsPerRack", "/system/chipsPerRack", Limits.CHIPS_PER_RACK, "the catalog's, else 1",
                    "Chips per rack."),
            number("powerPerRackKw", "/system/powerPerRackKw", Limits.POWER_PER_RACK,
                    "the catalog's (or its chips' TDP), else none: no cost",
                    "IT power per rack at full load."),
            number("pricePerRackUsd", "/system/pricePerRackUsd", Limits.PRICE_PER_RACK,
                    "the catalog's (or its chips' price), else none: no cost",
                    "Price per rack."),
            number("memoryBandwidthTBps", "/system/memoryBandwidthTBps", Limits.BANDWIDTH,
                    "the catalog's, else none: no estimate",
                    "Memory bandwidth per chip (10^12 B/s)."),
            number("peakTflops", "/system/peakTflops", Limits.TFLOPS,
                    "the catalog's, at the weights' format, else none: no estimate",
                    "Dense peak per chip at the precision the math runs in: the weights' format, or 8/16-bit for "
                            + "weight-only 4-bit formats on chips without 4-bit math."),
            number("scaleUpDomainChips", "/system/scaleUpDomainChips", Limits.SCALE_UP_DOMAIN,
                    "the catalog's, else chipsPerRack",
                    "For the estimator: chips joined by the fast interconnect (an NVLink domain, an 8-GPU server)."),
            number("scaleUpBandwidthGBps", "/system/scaleUpBandwidthGBps", Limits.LINK_BANDWIDTH,
                    "the catalog's, else none: communication costs only its latency",
                    "For the estimator: scale-up bandwidth per chip and direction."),
            number("instances", "/deployment/instances", Limits.INSTANCES, "1", "Model copies resident at once."),
            number("racks", "/deployment/racks", Limits.RACKS, "the whole racks the memory needs", "Racks bought."),
            number("tokensPerSecond", "/deployment/tokensPerSecond", Limits.TOKENS_PER_SECOND,
                    "a measured reference, else the estimator",
                    "Total tokens per second of the deployment as described.").chat("tps"),
            choice("throughputMethod", "/deployment/throughputMethod", "auto",
                    "auto: a measured result when the catalog has one, else the estimator; estimate: the estimator.",
                    "auto", "estimate"),
            choice("capexBasis", "/deployment/capexBasis", "rack",
                    "rack: pay for whole racks; chip: pay for the chips' share of a rack.", "rack", "chip"),
            new Parameter("fillRacks", List.of(), List.of(), "/deployment/fillRacks", Kind.BOOLEAN, "true or false",
                    null, List.of("true", "false"), "false",
                    "Fill the bought racks with copies of this deployment, scaling the throughput."),
            number("runtimeReserveFraction", "/deployment/runtimeReserveFraction", Limits.FRACTION_FROM_ZERO, "0",
                    "Extra memory as a fraction of weights + KV cache."),
            number("chipsPerInstance", "/deployment/chipsPerInstance", Limits.PARALLEL_DEGREE,
                    "tensorParallel × pipelineParallel, or expertParallel when larger; given none of them, the "
                            + "layout with the most tokens per chip",
                    "For the estimator: chips one model instance spans."),
            number("tensorParallel", "/deployment/tensorParallel", Limits.PARALLEL_DEGREE,
                    "chipsPerInstance / pipelineParallel", "For the estimator: chips a layer's attention and dense "
                            + "weights are split over; attention runs data-parallel over chipsPerInstance / "
                            + "tensorParallel / pipelineParallel groups."),
            number("expertParallel", "/deployment/expertParallel", Limits.PARALLEL_DEGREE,
                    "every chip of the instance (MoE), else 1",
                    "For the estimator: chips the routed experts of a MoE model are spread over."),
            number("pipelineParallel", "/deployment/pipelineParallel", Limits.PIPELINE_STAGES, "1",
                    "For the estimator: pipeline stages."),
            choice("servingStack", "/deployment/servingStack", "tuned",
                    "For the estimator: tuned (benchmark-grade serving) or default (a framework out of the box).",
                    "tuned", "default"),
            text("preset", "/finance/preset", "catalog id", "typical",
                    "Finance preset id (see /v1/catalog/presets)."),
            number("depreciationYears", "/finance/depreciationYears", Limits.YEARS, "the preset's",
                    "Depreciation life."),
            number("wacc", "/finance/wacc", Limits.WACC, "the preset's",
                    "Weighted average cost of capital (0.08 = 8 %)."),
            number("electricityUsdPerKwh", "/finance/electricityUsdPerKwh", Limits.ELECTRICITY, "the preset's",
                    "Electricity price."),
            number("pue", "/finance/pue", Limits.PUE, "the preset's", "Power usage effectiveness."),
            number("hostingUsdPerKwMonth", "/finance/hostingUsdPerKwMonth", Limits.HOSTING, "the preset's",
                    "Colocation price per kW of IT power."),
            number("utilization", "/finance/utilization", Limits.FRACTION_ABOVE_ZERO, "the preset's",
                    "Fraction of the year producing tokens at the throughput."),
            number("averagePowerFraction", "/finance/averagePowerFraction", Limits.FRACTION_ABOVE_ZERO,
                    "the preset's", "Average power draw as a fraction of rated power."),
            number("price", "/market/usdPerMillionTokens", Limits.PRICE_PER_MILLION, "none",
                    "Blended price to check.").named("usdPerMillionTokens"),
            number("inputUsdPerMillionTokens", "/market/inputUsdPerMillionTokens", Limits.PRICE_PER_MILLION,
                    "the catalog price's", "Input price to check."),
            number("outputUsdPerMillionTokens", "/market/outputUsdPerMillionTokens", Limits.PRICE_PER_MILLION,
                    "the catalog price's", "Output price to check."),
            number("inputTokenShare", "/market/inputTokenShare", Limits.FRACTION_FROM_ZERO,
                    "inputTokens / (inputTokens + outputTokens)", "Share of input tokens among all tokens."));

    private static final Map<String, Parameter> BY_NAME = byName();

    /** Every parameter, in the order of the request's fields. */
    public static List<Parameter> all() {
        return ALL;
    }

    /** The parameter a query name (its name or another of its names) sets. */
    public static Optional<Parameter> byQueryName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The parameter of a JSON pointer. */
    public static Optional<Parameter> byPointer(String pointer) {
        return ALL.stream().filter(parameter -> parameter.pointer().equals(pointer)).findFirst();
    }

    /** Every query name (names and other names) → the JSON pointer it sets, for parameters a query can give. */
    public static Map<String, String> queryFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Parameter parameter : ALL) {
            if (parameter.kind() != Kind.LIST) {
                parameter.queryNames().forEach(name -> fields.put(name, parameter.pointer()));
            }
        }
        return Collections.unmodifiableMap(fields);
    }

    private static Map<String, Parameter> byName() {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : ALL) {
            for (String name : parameter.queryNames()) {
                if (byName.put(name, parameter) != null) {
                    throw new IllegalStateException("two parameters are named " + name);
                }
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static Parameter number(String name, String pointer, Limit limit, String defaultValue, String description,
            String... words) {
        return new Parameter(name, List.of(), List.of(), pointer, Kind.NUMBER, limit.unit(), limit, List.of(words),
                defaultValue, description);
    }

    private static Parameter text(String name, String pointer, String unit, String defaultValue, String description) {
        return new Parameter(name, List.of(), List.of(), pointer, Kind.TEXT, unit, null, List.of(), defaultValue,
                description);
    }

    private static Parameter choice(String name, String pointer, String defaultValue, String description,
            String... choices) {
        return new Parameter(name, List.of(), List.of(), pointer, Kind.TEXT, "one of the choices", null,
                List.of(choices), defaultValue, description);
    }

    private ParameterTable() {
    }

    /** What a parameter's value is read as. */
    public enum Kind {
        NUMBER, TEXT, BOOLEAN, LIST
    }

    /**
     * One scenario parameter.
     *
     * @param otherNames further query names for the same field (contextTokens for context)
     * @param chatKeys   further keys a chat command takes for it (tps for tokensPerSecond)
     * @param limit      the allowed range of a number, else null
     * @param choices    the values a text takes, or the words a number also takes (users=max); empty when free
     */
    public record Parameter(String name, List<String> otherNames, List<String> chatKeys, String pointer, Kind kind,
            String unit, Limit limit, List<String> choices, String defaultValue, String description) {

        Parameter named(String otherName) {
            List<String> names = new ArrayList<>(otherNames);
            names.add(otherName);
            return new Parameter(name, List.copyOf(names), chatKeys, pointer, kind, unit, limit, choices,
                    defaultValue, description);
        }

        Parameter chat(String key) {
            List<String> keys = new ArrayList<>(chatKeys);
            keys.add(key);
            return new Parameter(name, otherNames, List.copyOf(keys), pointer, kind, unit, limit, choices,
                    defaultValue, description);
        }

        /**
         * What a value may be, in one phrase: "a whole number from 1 to 100,000,000 (users), or max", "one of gqa,
         * mla", "catalog id".
         */
        public String allowed() {
            return switch (kind) {
                case NUMBER -> limit.describe() + choices.stream().map(word -> ", or " + word)
                        .collect(Collectors.joining());
                case TEXT -> choices.isEmpty() ? unit : "one of " + String.join(", ", choices);
                case BOOLEAN -> String.join(" or ", choices);
                case LIST -> "a list of " + unit;
            };
        }

        /** The name and every other name, as a query may give them. */
        public List<String> queryNames() {
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(otherNames);
            return names;
        }
    }
}
