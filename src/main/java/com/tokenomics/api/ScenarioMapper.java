package com.tokenomics.api;

import com.tokenomics.api.ScenarioRequest.AttentionInput;
import com.tokenomics.api.ScenarioRequest.DeploymentInput;
import com.tokenomics.api.ScenarioRequest.FinanceInput;
import com.tokenomics.api.ScenarioRequest.LayerGroupInput;
import com.tokenomics.api.ScenarioRequest.MarketInput;
import com.tokenomics.api.ScenarioRequest.ModelInput;
import com.tokenomics.api.ScenarioRequest.PrecisionInput;
import com.tokenomics.api.ScenarioRequest.SystemInput;
import com.tokenomics.api.ScenarioRequest.WorkloadInput;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.FinancePreset;
import com.tokenomics.engine.Attention;
import com.tokenomics.engine.CapexBasis;
import com.tokenomics.engine.Deployment;
import com.tokenomics.engine.Finance;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.LayerGroup;
import com.tokenomics.engine.Market;
import com.tokenomics.engine.Model;
import com.tokenomics.engine.Precision;
import com.tokenomics.engine.PrecisionChoice;
import com.tokenomics.engine.Scenario;
import com.tokenomics.engine.Workload;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a {@link ScenarioRequest} into an engine {@link Scenario}: checks every value and fills the defaults. */
@ApplicationScoped
public class ScenarioMapper {

    static final Limit PARAMETERS = Limit.atLeast(1e6, 1e14, "parameters");
    static final Limit LAYERS = Limit.whole(1, 10_000, "layers");
    static final Limit HIDDEN_SIZE = Limit.whole(1, 1_000_000, "dimensions");
    static final Limit HEADS = Limit.whole(1, 100_000, "heads");
    static final Limit HEAD_DIM = Limit.whole(1, 100_000, "dimensions");
    static final Limit LATENT = Limit.whole(0, 1_000_000, "dimensions");
    static final Limit WINDOW = Limit.whole(1, 1_000_000_000, "tokens");
    static final int MAX_LAYER_GROUPS = 64;
    static final Limit USERS = Limit.whole(1, 100_000_000, "users");
    static final Limit CONTEXT = Limit.whole(1, 1_000_000_000, "tokens");
    static final Limit OUTPUT_TOKENS = Limit.whole(0, 1_000_000_000, "tokens");
    static final Limit BYTES_PER_ELEMENT = Limit.above(0, 16, "bytes per element");
    static final Limit MEMORY_PER_CHIP = Limit.atLeast(0, 1_000_000, "GiB");
    static final Limit CHIPS_PER_RACK = Limit.whole(1, 1_000_000, "chips");
    static final Limit POWER_PER_RACK = Limit.above(0, 100_000, "kW");
    static final Limit PRICE_PER_RACK = Limit.atLeast(0, 1e12, "USD");
    static final Limit BANDWIDTH = Limit.above(0, 1_000_000, "TB/s");
    static final Limit TFLOPS = Limit.above(0, 1e9, "TFLOPS");
    static final Limit INSTANCES = Limit.whole(1, 1_000_000, "instances");
    static final Limit RACKS = Limit.whole(1, 10_000_000, "racks");
    static final Limit TOKENS_PER_SECOND = Limit.above(0, 1e13, "tokens/s");
    static final Limit FRACTION_FROM_ZERO = Limit.atLeast(0, 1, "fraction");
    static final Limit FRACTION_ABOVE_ZERO = Limit.above(0, 1, "fraction");
    static final Limit YEARS = Limit.above(0, 50, "years");
    static final Limit WACC = Limit.atLeast(0, 1, "fraction per year");
    static final Limit ELECTRICITY = Limit.atLeast(0, 10, "USD/kWh");
    static final Limit PUE = Limit.atLeast(1, 5, "ratio");
    static final Limit HOSTING = Limit.atLeast(0, 100_000, "USD/kW-month");
    static final Limit PRICE_PER_MILLION = Limit.above(0, 1_000_000, "USD per million tokens");

    private static final String DEFAULT_PRECISION = "bf16";

    private final Catalog catalog;

    public ScenarioMapper(Catalog catalog) {
        this.catalog = catalog;
    }

    public ResolvedScenario toScenario(ScenarioRequest request) {
        if (request == null) {
            throw new InvalidScenarioException("", "The request has no scenario: send a JSON object with model, "
                    + "workload and system (see /q/openapi for the schema and an example).");
        }
        Inputs in = new Inputs();
        Model model = model(request.model(), in);
        Workload workload = workload(request.workload(), in);
        PrecisionChoice precision = precision(request.precision(), in);
        Hardware hardware = hardware(request.system(), in);
        Deployment deployment = deployment(request.deployment(), in);
        Finance finance = finance(request.finance(), in);
        Market market = market(request.market(), workload, in);
        in.throwIfInvalid();
        return new ResolvedScenario(new Scenario(model, workload, precision, hardware, deployment, finance, market),
                in.assumptions());
    }

    private static Model model(ModelInput model, Inputs in) {
        if (model == null) {
            in.error("/model", "is required: an object with parameters, layers, hiddenSize, attentionHeads and "
                    + "kvHeads.");
            return null;
        }
        double parameters = in.required(model.parameters(), "/model/parameters", PARAMETERS);
        double activeParameters = in.orDefault(model.activeParameters(), "/model/activeParameters", PARAMETERS,
                parameters, "dense model: every parameter is active");
        if (Inputs.valid(parameters, activeParameters) && activeParameters > parameters) {
            in.error("/model/activeParameters", "must not exceed parameters (" + Limit.format(parameters) + ").");
        }
        double layers = in.required(model.layers(), "/model/layers", LAYERS);
        double hiddenSize = in.required(model.hiddenSize(), "/model/hiddenSize", HIDDEN_SIZE);
        double heads = in.required(model.attentionHeads(), "/model/attentionHeads", HEADS);
        double kvHeads = in.orDefault(model.kvHeads(), "/model/kvHeads", HEADS, heads,
                "multi-head attention: one KV head per attention head");
        if (Inputs.valid(heads, kvHeads) && kvHeads > heads) {
            in.error("/model/kvHeads", "must not exceed attentionHeads (" + Limit.format(heads) + ").");
        }
        double headDim = Double.NaN;
        if (model.headDim() != null || !Inputs.valid(hiddenSize, heads)) {
            headDim = in.required(model.headDim(), "/model/headDim", HEAD_DIM);
        } else if (hiddenSize % heads != 0) {
            in.error("/model/headDim", "is required because hiddenSize (" + Limit.format(hiddenSize)
                    + ") is not a multiple of attentionHeads (" + Limit.format(heads) + ").");
        } else {
            headDim = in.orDefault(null, "/model/headDim", HEAD_DIM,
                    Model.defaultHeadDim((int) hiddenSize, (int) heads), "hiddenSize / attentionHeads");
        }
        Attention attention = attention(model.attention(), in);
        List<LayerGroup> groups = layerGroups(model.layerGroups(), layers, in);
        String name = model.name() == null ? "custom model" : Text.clip(model.name());
        return new Model(name, parameters, activeParameters, (int) layers, (int) hiddenSize, (int) heads,
                (int) kvHeads, (int) headDim, attention, groups);
    }

    private static Attention attention(AttentionInput attention, Inputs in) {
        if (attention == null || attention.type() == null) {
            in.defaultText("/model/attention/type", "gqa", "grouped-query attention unless told otherwise");
            return Attention.gqa();
        }
        String type = attention.type().trim().toLowerCase(Locale.ROOT);
        switch (type) {
            case "gqa", "mha", "mqa" -> {
                in.givenText("/model/attention/type", type);
                return Attention.gqa();
            }
            case "mla" -> {
                in.givenText("/model/attention/type", type);
                double rank = in.required(attention.kvLoraRank(), "/model/attention/kvLoraRank", LATENT);
                double rope = in.required(attention.qkRopeHeadDim(), "/model/attention/qkRopeHeadDim", LATENT);
                return Attention.mla((int) rank, (int) rope);
            }
            default -> {
                in.error("/model/attention/type", "must be gqa (also for MHA and MQA) or mla; got \""
                        + Text.clip(attention.type()) + "\".");
                return Attention.gqa();
            }
        }
    }

    private static List<LayerGroup> layerGroups(List<LayerGroupInput> groups, double layers, Inputs in) {
        if (groups == null || groups.isEmpty()) {
            return Inputs.valid(layers) ? List.of(LayerGroup.fullAttention((int) layers)) : List.of();
        }
        if (groups.size() > MAX_LAYER_GROUPS) {
            in.error("/model/layerGroups", "must have at most " + MAX_LAYER_GROUPS + " groups; got "
                    + groups.size() + ".");
            return List.of();
        }
        List<LayerGroup> result = new ArrayList<>(groups.size());
        double sum = 0;
        for (int i = 0; i < groups.size(); i++) {
            String at = "/model/layerGroups/" + i;
            LayerGroupInput group = groups.get(i);
            if (group == null) {
                in.error(at, "must be an object with layers and, for windowed layers, windowTokens.");
                continue;
            }
            double count = in.required(group.layers(), at + "/layers", LAYERS);
            Double window = in.optional(group.windowTokens(), at + "/windowTokens", WINDOW);
            sum += count;
            result.add(window == null ? LayerGroup.fullAttention((int) count)
                    : LayerGroup.windowed((int) count, window.longValue()));
        }
        if (Inputs.valid(layers, sum) && sum != layers) {
            in.error("/model/layerGroups", "layer counts add up to " + Limit.format(sum) + " but the model has "
                    + Limit.format(layers) + " layers.");
        }
        return result;
    }

    private static Workload workload(WorkloadInput workload, Inputs in) {
        if (workload == null) {
            in.error("/workload", "is required: an object with users and contextTokens (or inputTokens and "
                    + "outputTokens).");
            return null;
        }
        double users = in.required(workload.users(), "/workload/users", USERS);
        if (workload.inputTokens() == null && workload.outputTokens() == null) {
            double context = in.required(workload.contextTokens(), "/workload/contextTokens", CONTEXT);
            return new Workload((long) users, (long) context, 0);
        }
        double input = in.required(workload.inputTokens(), "/workload/inputTokens", CONTEXT);
        double output = in.orDefault(workload.outputTokens(), "/workload/outputTokens", OUTPUT_TOKENS, 0,
                "no generated tokens given");
        if (workload.contextTokens() != null) {
            double context = in.required(workload.contextTokens(), "/workload/contextTokens", CONTEXT);
            if (Inputs.valid(context, input, output) && context != input + output) {
                in.error("/workload/contextTokens", "is " + Limit.format(context) + " but inputTokens + "
                        + "outputTokens is " + Limit.format(input + output) + ": give one or the other.");
            }
        }
        return new Workload((long) users, (long) input, (long) output);
    }

    private static PrecisionChoice precision(PrecisionInput precision, Inputs in) {
        PrecisionInput given = precision == null ? new PrecisionInput(null, null, null, null) : precision;
        double weightBytes = bytes(given.weights(), given.weightsBytes(), "/precision/weights",
                "/precision/weightsBytes", DEFAULT_PRECISION, in);
        String kvDefault = given.weights() != null ? given.weights() : DEFAULT_PRECISION;
        double kvBytes;
        if (given.kvCache() == null && given.kvCacheBytes() == null && given.weightsBytes() != null) {
            kvBytes = in.orDefault(null, "/precision/kvCacheBytes", BYTES_PER_ELEMENT, weightBytes,
                    "same as the weights");
        } else {
            kvBytes = bytes(given.kvCache(), given.kvCacheBytes(), "/precision/kvCache", "/precision/kvCacheBytes",
                    kvDefault, in);
        }
        return new PrecisionChoice(weightBytes, kvBytes);
    }

    private static double bytes(String name, Double bytes, String nameField, String bytesField, String fallback,
            Inputs in) {
        if (name != null && bytes != null) {
            in.error(bytesField, "give either " + nameField.substring(nameField.lastIndexOf('/') + 1) + " or "
                    + bytesField.substring(bytesField.lastIndexOf('/') + 1) + ", not both.");
            return Double.NaN;
        }
        if (bytes != null) {
            return in.required(bytes, bytesField, BYTES_PER_ELEMENT);
        }
        if (name == null) {
            in.defaultText(nameField, fallback, "16-bit weights and KV cache unless told otherwise");
            return Precision.fromId(fallback).orElseThrow().bytesPerElement();
        }
        return Precision.fromId(name).map(precision -> {
            in.givenText(nameField, precision.id());
            return precision.bytesPerElement();
        }).orElseGet(() -> {
            in.error(nameField, "must be one of " + precisionIds() + "; got \"" + Text.clip(name) + "\".");
            return Double.NaN;
        });
    }

    private static String precisionIds() {
        return Arrays.stream(Precision.values()).map(Precision::id).collect(Collectors.joining(", "));
    }

    private static Hardware hardware(SystemInput system, Inputs in) {
        if (system == null) {
            in.error("/system", "is required: an object with memoryPerChipGiB (HBM) or sramPerChipGiB, and "
                    + "chipsPerRack.");
            return null;
        }
        double hbm = in.orDefault(system.memoryPerChipGiB(), "/system/memoryPerChipGiB", MEMORY_PER_CHIP, 0,
                "no HBM");
        double sram = in.orDefault(system.sramPerChipGiB(), "/system/sramPerChipGiB", MEMORY_PER_CHIP, 0,
                "no SRAM figure");
        if (Inputs.valid(hbm, sram) && hbm == 0 && sram == 0) {
            in.error("/system/memoryPerChipGiB", "the chip needs memory: give memoryPerChipGiB (HBM, GiB) or, for "
                    + "a chip without HBM, sramPerChipGiB (GiB), above 0.");
        }
        double chipsPerRack = in.orDefault(system.chipsPerRack(), "/system/chipsPerRack", CHIPS_PER_RACK, 1,
                "one chip per unit");
        String rackUnit = system.rackUnit() != null ? Text.clip(system.rackUnit())
                : system.chipsPerRack() != null ? Hardware.RACK : "chip";
        Double power = in.optional(system.powerPerRackKw(), "/system/powerPerRackKw", POWER_PER_RACK);
        Double price = in.optional(system.pricePerRackUsd(), "/system/pricePerRackUsd", PRICE_PER_RACK);
        Double bandwidth = in.optional(system.memoryBandwidthTBps(), "/system/memoryBandwidthTBps", BANDWIDTH);
        Double tflops = in.optional(system.peakTflops(), "/system/peakTflops", TFLOPS);
        String name = system.name() == null ? "custom system" : Text.clip(system.name());
        return new Hardware(name, rackUnit, hbm, sram, (int) chipsPerRack, power, price, bandwidth, tflops);
    }

    private static Deployment deployment(DeploymentInput deployment, Inputs in) {
        DeploymentInput given = deployment == null ? new DeploymentInput(null, null, null, null, null, null)
                : deployment;
        double instances = in.orDefault(given.instances(), "/deployment/instances", INSTANCES, 1, "one instance");
        Double racks = in.optional(given.racks(), "/deployment/racks", RACKS);
        Double tokensPerSecond = in.optional(given.tokensPerSecond(), "/deployment/tokensPerSecond",
                TOKENS_PER_SECOND);
        CapexBasis basis = CapexBasis.RACK;
        if (given.capexBasis() == null) {
            in.defaultText("/deployment/capexBasis", "rack", "pay for whole racks, as the article does");
        } else {
            switch (given.capexBasis().trim().toLowerCase(Locale.ROOT)) {
                case "rack" -> in.givenText("/deployment/capexBasis", "rack");
                case "chip" -> {
                    basis = CapexBasis.CHIP;
                    in.givenText("/deployment/capexBasis", "chip");
                }
                default -> in.error("/deployment/capexBasis", "must be rack or chip; got \""
                        + Text.clip(given.capexBasis()) + "\".");
            }
        }
        boolean fillRacks = Boolean.TRUE.equals(given.fillRacks());
        double reserve = in.orDefault(given.runtimeReserveFraction(), "/deployment/runtimeReserveFraction",
                FRACTION_FROM_ZERO, 0, "no reserve, as the article");
        return new Deployment((int) instances, racks == null ? null : racks.intValue(), tokensPerSecond, basis,
                fillRacks, reserve);
    }

    private Finance finance(FinanceInput finance, Inputs in) {
        FinanceInput given = finance == null ? new FinanceInput(null, null, null, null, null, null, null, null)
                : finance;
        FinancePreset preset = catalog.defaultFinancePreset();
        if (given.preset() != null) {
            preset = catalog.financePreset(given.preset()).orElse(null);
            if (preset == null) {
                in.error("/finance/preset", "unknown finance preset \"" + Text.clip(given.preset()) + "\"; known: "
                        + catalog.financePresets().stream().map(FinancePreset::id).collect(Collectors.joining(", "))
                        + ".");
                return null;
            }
        }
        in.givenText("/finance/preset", preset.id());
        return new Finance(
                in.orPreset(given.depreciationYears(), "/finance/depreciationYears", YEARS,
                        preset.value("depreciationYears")),
                in.orPreset(given.wacc(), "/finance/wacc", WACC, preset.value("wacc")),
                in.orPreset(given.electricityUsdPerKwh(), "/finance/electricityUsdPerKwh", ELECTRICITY,
                        preset.value("electricityUsdPerKwh")),
                in.orPreset(given.pue(), "/finance/pue", PUE, preset.value("pue")),
                in.orPreset(given.hostingUsdPerKwMonth(), "/finance/hostingUsdPerKwMonth", HOSTING,
                        preset.value("hostingUsdPerKwMonth")),
                in.orPreset(given.utilization(), "/finance/utilization", FRACTION_ABOVE_ZERO,
                        preset.value("utilization")),
                in.orPreset(given.averagePowerFraction(), "/finance/averagePowerFraction", FRACTION_ABOVE_ZERO,
                        preset.value("averagePowerFraction")));
    }

    private static Market market(MarketInput market, Workload workload, Inputs in) {
        if (market == null) {
            return null;
        }
        boolean split = market.inputUsdPerMillionTokens() != null || market.outputUsdPerMillionTokens() != null;
        if (market.usdPerMillionTokens() != null && split) {
            in.error("/market", "give either usdPerMillionTokens or inputUsdPerMillionTokens and "
                    + "outputUsdPerMillionTokens, not both.");
            return null;
        }
        if (!split) {
            return Market.blended(in.required(market.usdPerMillionTokens(), "/market/usdPerMillionTokens",
                    PRICE_PER_MILLION));
        }
        double input = in.required(market.inputUsdPerMillionTokens(), "/market/inputUsdPerMillionTokens",
                PRICE_PER_MILLION);
        double output = in.required(market.outputUsdPerMillionTokens(), "/market/outputUsdPerMillionTokens",
                PRICE_PER_MILLION);
        double share;
        if (market.inputTokenShare() != null || workload == null) {
            share = in.required(market.inputTokenShare(), "/market/inputTokenShare", FRACTION_FROM_ZERO);
        } else if (workload.outputTokens() == 0) {
            in.error("/market/inputTokenShare", "is required with input and output prices when the workload gives "
                    + "only contextTokens: " + FRACTION_FROM_ZERO.describe() + ", or give workload.inputTokens "
                    + "and workload.outputTokens.");
            share = Double.NaN;
        } else {
            share = in.orDefault(null, "/market/inputTokenShare", FRACTION_FROM_ZERO,
                    (double) workload.inputTokens() / workload.contextTokens(),
                    "the workload's inputTokens / (inputTokens + outputTokens)");
        }
        return Market.split(input, output, share);
    }
}
