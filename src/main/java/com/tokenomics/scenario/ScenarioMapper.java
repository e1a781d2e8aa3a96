package com.tokenomics.scenario;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.catalog.FinancePreset;
import com.tokenomics.catalog.MarketPrice;
import com.tokenomics.catalog.Provenance;
import com.tokenomics.catalog.ThroughputReference;
import com.tokenomics.engine.Attention;
import com.tokenomics.engine.Calibration;
import com.tokenomics.engine.CapexBasis;
import com.tokenomics.engine.Deployment;
import com.tokenomics.engine.Finance;
import com.tokenomics.engine.Hardware;
import com.tokenomics.engine.LayerGroup;
import com.tokenomics.engine.Market;
import com.tokenomics.engine.Model;
import com.tokenomics.engine.Parallelism;
import com.tokenomics.engine.Precision;
import com.tokenomics.engine.PrecisionChoice;
import com.tokenomics.engine.Scenario;
import com.tokenomics.engine.Serving;
import com.tokenomics.engine.ServingStack;
import com.tokenomics.engine.Throughput;
import com.tokenomics.engine.ThroughputInput;
import com.tokenomics.engine.Workload;
import com.tokenomics.scenario.ScenarioRequest.AttentionInput;
import com.tokenomics.scenario.ScenarioRequest.DeploymentInput;
import com.tokenomics.scenario.ScenarioRequest.FinanceInput;
import com.tokenomics.scenario.ScenarioRequest.LayerGroupInput;
import com.tokenomics.scenario.ScenarioRequest.MarketInput;
import com.tokenomics.scenario.ScenarioRequest.ModelInput;
import com.tokenomics.scenario.ScenarioRequest.PrecisionInput;
import com.tokenomics.scenario.ScenarioRequest.SystemInput;
import com.tokenomics.scenario.ScenarioRequest.WorkloadInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link ScenarioRequest} into an engine {@link Scenario}: resolves catalog ids, checks every value, fills
 * the defaults and records where each value came from.
 */
@ApplicationScoped
public class ScenarioMapper {

    private static final String DEFAULT_PRECISION = "bf16";
    private static final String AUTO = "auto";
    private static final String ESTIMATE = "estimate";
    private static final double MS_PER_S = 1_000;
    private static final double WATTS_PER_KW = 1_000;
    private static final double FOUR_BIT_BYTES = 0.5;

    private final Catalog catalog;
    private final Calibration calibration;

    @Inject
    public ScenarioMapper(Catalog catalog, Calibrations calibrations) {
        this(catalog, calibrations.calibration());
    }

    /** With a given calibration: the fit itself maps its results before there is one. */
    public ScenarioMapper(Catalog catalog, Calibration calibration) {
        this.catalog = catalog;
        this.calibration = calibration;
    }

    public ResolvedScenario toScenario(ScenarioRequest request) {
        if (request == null) {
            throw new InvalidInputException("", "The request has no scenario: send a JSON object with model, "
                    + "workload and system (see /q/openapi for the schema and an example).");
        }
        Inputs in = new Inputs();
        CatalogModel catalogModel = request.model() == null ? null
                : lookUp(request.model().id(), "/model/id", catalog::model, catalog.models(), CatalogModel::id, in);
        CatalogSystem catalogSystem = request.system() == null ? null
                : lookUp(request.system().id(), "/system/id", catalog::system, catalog.systems(),
                        CatalogSystem::id, in);
        // An id that names no catalog entry is the one thing to fix: the fields the entry would have filled are not
        // missing, and reporting them as required would bury the id's suggestions.
        boolean unknownModel = catalogModel == null && request.model() != null && request.model().id() != null;
        boolean unknownSystem = catalogSystem == null && request.system() != null && request.system().id() != null;
        Model model = unknownModel ? null : model(request.model(), catalogModel, in);
        RequestedWorkload requested = workload(request.workload(), in);
        Workload workload = requested == null ? null : requested.sized();
        PrecisionInput precisionInput = request.precision() == null ? new PrecisionInput(null, null, null, null)
                : request.precision();
        String weightsFormat = weightsFormat(precisionInput, catalogModel);
        PrecisionChoice precision = precision(precisionInput, catalogModel, in);
        Hardware hardware = unknownSystem ? null : hardware(request.system(), catalogSystem, weightsFormat, in);
        DeploymentInput deploymentInput = request.deployment() == null
                ? new DeploymentInput(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : request.deployment();
        ThroughputInput throughput = throughput(deploymentInput, request.workload(), catalogModel, catalogSystem,
                request.system(), model, hardware, requested, weightsFormat, precision, in);
        Deployment deployment = deployment(deploymentInput, throughput, in);
        Finance finance = finance(request.finance(), in);
        Market market = market(request.market(), workload, in);
        in.throwIfInvalid();
        return new ResolvedScenario(new Scenario(model, workload, precision, hardware, deployment, finance, market),
                in.assumptions(), in.warnings());
    }

    private static <T> T lookUp(String id, String field, Function<String, Optional<T>> find, List<T> all,
            Function<T, String> idOf, Inputs in) {
        if (id == null) {
            return null;
        }
        Optional<T> found = find.apply(id.trim().toLowerCase(Locale.ROOT));
        if (found.isPresent()) {
            in.text(id, field, Fallback.none());
            return found.get();
        }
        List<String> ids = all.stream().map(idOf).toList();
        String close = Suggestions.didYouMean(id, ids);
        in.error(field, "unknown catalog id \"" + Text.clip(id) + "\"." + (close.isEmpty()
                ? " Known: " + String.join(", ", ids) + "." : close));
        return null;
    }

    private static Fallback fromCatalog(CatalogModel entry, String field, Object value) {
        return entry == null || value == null ? Fallback.none() : Fallback.catalog(value, entry.provenance(field));
    }

    private static Fallback fromCatalog(CatalogSystem entry, String field, Object value) {
        return entry == null || value == null ? Fallback.none() : Fallback.catalog(value, entry.provenance(field));
    }

    private static Model model(ModelInput model, CatalogModel entry, Inputs in) {
        if (model == null) {
            in.error("/model", "is required: a catalog id such as \"llama-3.1-70b\", or an object with "
                    + "parameters, layers, hiddenSize, attentionHeads and kvHeads.");
            return null;
        }
        boolean known = entry != null;
        double parameters = in.required(model.parameters(), "/model/parameters", Limits.PARAMETERS,
                fromCatalog(entry, "parameters", known ? entry.parameters() : null));
        double activeParameters = in.required(model.activeParameters(), "/model/activeParameters", Limits.PARAMETERS,
                fromCatalog(entry, "activeParameters", known ? entry.activeParameters() : null),
                Fallback.rule(Double.isNaN(parameters) ? null : parameters, "dense model: every parameter is active"));
        if (Inputs.valid(parameters, activeParameters) && activeParameters > parameters) {
            in.error("/model/activeParameters", "must not exceed parameters (" + Limit.format(parameters) + ").");
        }
        double layers = in.required(model.layers(), "/model/layers", Limits.LAYERS,
                fromCatalog(entry, "layers", known ? entry.layers() : null));
        double hiddenSize = in.required(model.hiddenSize(), "/model/hiddenSize", Limits.HIDDEN_SIZE,
                fromCatalog(entry, "hiddenSize", known ? entry.hiddenSize() : null));
        double heads = in.required(model.attentionHeads(), "/model/attentionHeads", Limits.HEADS,
                fromCatalog(entry, "attentionHeads", known ? entry.attentionHeads() : null));
        double kvHeads = in.required(model.kvHeads(), "/model/kvHeads", Limits.HEADS,
                fromCatalog(entry, "kvHeads", known ? entry.kvHeads() : null),
                Fallback.rule(Double.isNaN(heads) ? null : heads,
                        "multi-head attention: one KV head per attention head"));
        if (Inputs.valid(heads, kvHeads) && kvHeads > heads) {
            in.error("/model/kvHeads", "must not exceed attentionHeads (" + Limit.format(heads) + ").");
        }
        Fallback defaultHeadDim = Fallback.none();
        if (Inputs.valid(hiddenSize, heads) && hiddenSize % heads == 0) {
            defaultHeadDim = Fallback.rule(hiddenSize / heads, "hiddenSize / attentionHeads");
        }
        Double headDim = in.optional(model.headDim(), "/model/headDim", Limits.HEAD_DIM,
                fromCatalog(entry, "headDim", known ? entry.headDim() : null), defaultHeadDim);
        if (headDim == null && Inputs.valid(hiddenSize, heads)) {
            in.error("/model/headDim", "is required because hiddenSize (" + Limit.format(hiddenSize)
                    + ") is not a multiple of attentionHeads (" + Limit.format(heads) + ").");
        }
        Attention attention = attention(model.attention(), entry, in);
        List<LayerGroup> groups = layerGroups(model.layerGroups(), entry, layers, in);
        String name = model.name() != null ? Text.clip(model.name()) : known ? entry.name() : "custom model";
        com.tokenomics.engine.Moe moe = known && entry.moe() != null && parameters == entry.parameters()
                && activeParameters == entry.activeParameters()
                ? new com.tokenomics.engine.Moe(entry.moe().experts(), entry.moe().activeExperts()) : null;
        return new Model(name, parameters, activeParameters, (int) layers, (int) hiddenSize, (int) heads,
                (int) kvHeads, headDim == null ? 0 : headDim.intValue(), attention, groups, moe);
    }

    private static Attention attention(AttentionInput given, CatalogModel entry, Inputs in) {
        if (given == null && entry != null) {
            CatalogModel.Attention attention = entry.attention();
            Fallback origin = Fallback.catalog(attention.type(), entry.provenance("attention"));
            in.text(null, "/model/attention/type", origin);
            if ("mla".equals(attention.type())) {
                in.optional(null, "/model/attention/kvLoraRank", Limits.LATENT,
                        Fallback.catalog(attention.kvLoraRank(), entry.provenance("attention")));
                in.optional(null, "/model/attention/qkRopeHeadDim", Limits.LATENT,
                        Fallback.catalog(attention.qkRopeHeadDim(), entry.provenance("attention")));
                return Attention.mla(attention.kvLoraRank(), attention.qkRopeHeadDim());
            }
            return Attention.gqa();
        }
        if (given == null || given.type() == null) {
            in.text(null, "/model/attention/type", Fallback.rule("gqa", "grouped-query attention unless told "
                    + "otherwise"));
            return Attention.gqa();
        }
        String type = given.type().trim().toLowerCase(Locale.ROOT);
        switch (type) {
            case "gqa", "mha", "mqa" -> {
                in.text(type, "/model/attention/type", Fallback.none());
                return Attention.gqa();
            }
            case "mla" -> {
                in.text(type, "/model/attention/type", Fallback.none());
                double rank = in.required(given.kvLoraRank(), "/model/attention/kvLoraRank", Limits.LATENT);
                double rope = in.required(given.qkRopeHeadDim(), "/model/attention/qkRopeHeadDim", Limits.LATENT);
                return Attention.mla((int) rank, (int) rope);
            }
            default -> {
                in.error("/model/attention/type", "must be gqa (also for MHA and MQA) or mla; got \""
                        + Text.clip(given.type()) + "\".");
                return Attention.gqa();
            }
        }
    }

    private static List<LayerGroup> layerGroups(List<LayerGroupInput> given, CatalogModel entry, double layers,
            Inputs in) {
        if ((given == null || given.isEmpty()) && entry != null) {
            List<LayerGroup> groups = entry.layerGroups().stream()
                    .map(group -> group.windowTokens() == null ? LayerGroup.fullAttention(group.layers())
                            : LayerGroup.windowed(group.layers(), group.windowTokens()))
                    .toList();
            in.structure("/model/layerGroups", entry.layerGroups(),
                    Fallback.catalog(null, entry.provenance("layerGroups")));
            int sum = groups.stream().mapToInt(LayerGroup::layers).sum();
            if (Inputs.valid(layers) && sum != layers) {
                in.error("/model/layerGroups", "the catalog's layer groups add up to " + sum + " layers but the "
                        + "model has " + Limit.format(layers) + ": give layerGroups with the layers.");
            }
            return groups;
        }
        if (given == null || given.isEmpty()) {
            return Inputs.valid(layers) ? List.of(LayerGroup.fullAttention((int) layers)) : List.of();
        }
        if (given.size() > Limits.MAX_LAYER_GROUPS) {
            in.error("/model/layerGroups", "must have at most " + Limits.MAX_LAYER_GROUPS + " groups; got "
                    + given.size() + ".");
            return List.of();
        }
        List<LayerGroup> result = new ArrayList<>(given.size());
        double sum = 0;
        for (int i = 0; i < given.size(); i++) {
            String at = "/model/layerGroups/" + i;
            LayerGroupInput group = given.get(i);
            if (group == null) {
                in.error(at, "must be an object with layers and, for windowed layers, windowTokens.");
                continue;
            }
            double count = in.required(group.layers(), at + "/layers", Limits.LAYERS);
            Double window = in.optional(group.windowTokens(), at + "/windowTokens", Limits.WINDOW);
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

    /**
     * The workload as memory is sized for it (whole tokens, rounded up; one user per instance until the estimator
     * chooses for "max"), and the requests' mean lengths as given, for the estimator.
     */
    private record RequestedWorkload(Workload sized, double meanInputTokens, double meanOutputTokens,
            boolean maxUsers) {
    }

    private static RequestedWorkload workload(WorkloadInput workload, Inputs in) {
        if (workload == null) {
            in.error("/workload", "is required: an object with users and contextTokens (or inputTokens and "
                    + "outputTokens).");
            return null;
        }
        UsersInput usersInput = workload.users();
        boolean max = usersInput != null && usersInput.max();
        if (usersInput != null && usersInput.invalid() != null) {
            in.error("/workload/users", "must be a whole number of users from 1 to 100,000,000, or \"max\" for as "
                    + "many as memory and the latency targets allow; got " + Text.clip(usersInput.invalid()) + ".");
        }
        double users = 1;
        if (max) {
            in.text(UsersInput.MAX, "/workload/users", Fallback.none());
        } else if (usersInput == null || usersInput.invalid() == null) {
            users = in.required(usersInput == null ? null : usersInput.count(), "/workload/users", Limits.USERS);
        }
        if (workload.inputTokens() == null && workload.outputTokens() == null) {
            double context = in.required(workload.contextTokens(), "/workload/contextTokens", Limits.CONTEXT);
            return new RequestedWorkload(new Workload((long) users, (long) context, 0), context, 0, max);
        }
        double input = in.required(workload.inputTokens(), "/workload/inputTokens", Limits.MEAN_INPUT_TOKENS);
        double output = in.required(workload.outputTokens(), "/workload/outputTokens", Limits.MEAN_OUTPUT_TOKENS,
                Fallback.rule(0.0, "no generated tokens given"));
        if (workload.contextTokens() != null) {
            double context = in.required(workload.contextTokens(), "/workload/contextTokens", Limits.CONTEXT);
            if (Inputs.valid(context, input, output) && context != Math.ceil(input) + Math.ceil(output)) {
                in.error("/workload/contextTokens", "is " + Limit.format(context) + " but inputTokens + "
                        + "outputTokens is " + Limit.format(input + output) + ": give one or the other.");
            }
        }
        return new RequestedWorkload(new Workload((long) users, (long) Math.ceil(input), (long) Math.ceil(output)),
                input, output, max);
    }

    /** The weights' format name, when known by name, for matching Limits.TFLOPS and measured references. */
    private static String weightsFormat(PrecisionInput precision, CatalogModel entry) {
        if (precision.weightsBytes() != null) {
            return null;
        }
        String name = precision.weights() != null ? precision.weights()
                : entry != null ? entry.defaultPrecision() : DEFAULT_PRECISION;
        return Precision.fromId(name).map(Precision::id).orElse(null);
    }

    private static PrecisionChoice precision(PrecisionInput given, CatalogModel entry, Inputs in) {
        Fallback weightsDefault = entry != null
                ? Fallback.catalog(entry.defaultPrecision(), entry.provenance("defaultPrecision"))
                : Fallback.rule(DEFAULT_PRECISION, "16-bit weights unless told otherwise");
        double weightBytes = bytes(given.weights(), given.weightsBytes(), "/precision/weights",
                "/precision/weightsBytes", weightsDefault, in);
        double kvBytes;
        if (given.kvCache() == null && given.kvCacheBytes() == null && given.weightsBytes() != null) {
            kvBytes = in.required(null, "/precision/kvCacheBytes", Limits.BYTES_PER_ELEMENT,
                    Fallback.rule(Double.isNaN(weightBytes) ? null : weightBytes, "same as the weights"));
        } else {
            // An 8- or 4-bit weight format says nothing of the cache, which serving stacks keep in 16 bits unless
            // told otherwise; a 16- or 32-bit one is kept as it is.
            String weightsName = given.weights() != null ? given.weights() : (String) weightsDefault.value();
            Fallback kvDefault = Precision.fromId(weightsName)
                    .filter(format -> format.bytesPerElement() >= 2)
                    .map(format -> Fallback.rule(format.id(), "same as the weights"))
                    .orElse(Fallback.rule(DEFAULT_PRECISION, "16-bit KV cache unless told otherwise"));
            kvBytes = bytes(given.kvCache(), given.kvCacheBytes(), "/precision/kvCache", "/precision/kvCacheBytes",
                    kvDefault, in);
        }
        return new PrecisionChoice(weightBytes, kvBytes);
    }

    private static double bytes(String name, Double bytes, String nameField, String bytesField, Fallback fallback,
            Inputs in) {
        if (name != null && bytes != null) {
            in.error(bytesField, "give either " + nameField.substring(nameField.lastIndexOf('/') + 1) + " or "
                    + bytesField.substring(bytesField.lastIndexOf('/') + 1) + ", not both.");
            return Double.NaN;
        }
        if (bytes != null) {
            return in.required(bytes, bytesField, Limits.BYTES_PER_ELEMENT);
        }
        String chosen = in.text(name == null ? null : name.trim().toLowerCase(Locale.ROOT), nameField, fallback);
        return Precision.fromId(chosen).map(Precision::bytesPerElement).orElseGet(() -> {
            in.error(nameField, "must be one of " + precisionIds() + "; got \"" + Text.clip(chosen) + "\".");
            return Double.NaN;
        });
    }

    private static String precisionIds() {
        return Arrays.stream(Precision.values()).map(Precision::id).collect(Collectors.joining(", "));
    }

    private static Hardware hardware(SystemInput system, CatalogSystem entry, String weightsFormat, Inputs in) {
        if (system == null) {
            in.error("/system", "is required: a catalog id such as \"h200-hgx\", or an object with "
                    + "memoryPerChipGiB (HBM) or sramPerChipGiB, and chipsPerRack.");
            return null;
        }
        boolean known = entry != null;
        double hbm = in.required(system.memoryPerChipGiB(), "/system/memoryPerChipGiB", Limits.MEMORY_PER_CHIP,
                fromCatalog(entry, "hbmPerChipGiB", known ? entry.hbmPerChipGiB() : null),
                Fallback.rule(0.0, "no HBM"));
        double sram = in.required(system.sramPerChipGiB(), "/system/sramPerChipGiB", Limits.MEMORY_PER_CHIP,
                known && entry.sramPerChipMB() != null
                        ? Fallback.derived(entry.sramPerChipMB() / CatalogSystem.MIB_PER_GIB,
                                "sramPerChipMB / 1024", entry.provenance("sramPerChipMB"))
                        : Fallback.none(),
                Fallback.rule(0.0, "no SRAM figure"));
        if (Inputs.valid(hbm, sram) && hbm == 0 && sram == 0) {
            in.error("/system/memoryPerChipGiB", "the chip needs memory: give memoryPerChipGiB (HBM, GiB) or, for "
                    + "a chip without HBM, sramPerChipGiB (GiB), above 0.");
        }
        double chipsPerRack = in.required(system.chipsPerRack(), "/system/chipsPerRack", Limits.CHIPS_PER_RACK,
                fromCatalog(entry, "chipsPerRack", known ? entry.chipsPerRack() : null),
                Fallback.rule(1.0, "one chip per unit"));
        String rackUnit = in.text(system.rackUnit() == null ? null : Text.clip(system.rackUnit()),
                "/system/rackUnit", known ? Fallback.catalog(entry.rackUnit(), entry.provenance("rackUnit"))
                        : Fallback.rule(system.chipsPerRack() != null ? Hardware.RACK : "chip", "the unit chips "
                                + "are counted in"));
        Double power = in.optional(system.powerPerRackKw(), "/system/powerPerRackKw", Limits.POWER_PER_RACK,
                fromCatalog(entry, "powerPerRackKw", known ? entry.powerPerRackKw() : null),
                powerFromTdp(entry, in, system.powerPerRackKw() == null));
        Double price = in.optional(system.pricePerRackUsd(), "/system/pricePerRackUsd", Limits.PRICE_PER_RACK,
                fromCatalog(entry, "pricePerRackUsd", known ? entry.pricePerRackUsd() : null),
                priceFromChips(entry, in, system.pricePerRackUsd() == null));
        Double bandwidth = in.optional(system.memoryBandwidthTBps(), "/system/memoryBandwidthTBps", Limits.BANDWIDTH,
                fromCatalog(entry, "memoryBandwidthTBps", known ? entry.memoryBandwidthTBps() : null));
        Double tflops = in.optional(system.peakTflops(), "/system/peakTflops", Limits.TFLOPS,
                fromCatalog(entry, "peakDenseTflops", known ? peakTflops(entry, weightsFormat) : null),
                known ? weightOnlyPeak(entry, weightsFormat) : Fallback.none());
        String name = system.name() != null ? Text.clip(system.name()) : known ? entry.name() : "custom system";
        return new Hardware(name, rackUnit, hbm, sram, (int) chipsPerRack, power, price, bandwidth, tflops);
    }

    /** Without a rack figure, the chips' TDP is a lower bound of the rack's power (CPUs, network, fans excluded). */
    private static Fallback powerFromTdp(CatalogSystem entry, Inputs in, boolean needed) {
        if (entry == null || entry.powerPerRackKw() != null || entry.tdpPerChipW() == null) {
            return Fallback.none();
        }
        if (needed) {
            in.warn("POWER_FROM_CHIP_TDP", "/system/powerPerRackKw", "The catalog has no power figure for a whole "
                    + entry.rackUnit() + " of " + entry.name() + ": the chips' TDP stands in for it, which leaves "
                    + "out CPUs, memory, network and cooling fans, so power, energy and hosting are understated. "
                    + "Give system.powerPerRackKw if you know it.");
        }
        return Fallback.derived(entry.tdpPerChipW() * entry.chipsPerRack() / WATTS_PER_KW,
                "tdpPerChipW × chipsPerRack / 1000", entry.provenance("tdpPerChipW"));
    }

    /** Without a rack price, the chips' price is a lower bound of it (the rest of the server excluded). */
    private static Fallback priceFromChips(CatalogSystem entry, Inputs in, boolean needed) {
        if (entry == null || entry.pricePerRackUsd() != null || entry.pricePerChipUsd() == null) {
            return Fallback.none();
        }
        if (needed) {
            in.warn("PRICE_FROM_CHIP_PRICE", "/system/pricePerRackUsd", "The catalog has no price for a whole "
                    + entry.rackUnit() + " of " + entry.name() + ": the chips' price stands in for it, which leaves "
                    + "out CPUs, memory, network and chassis, so the capital cost is understated. Give "
                    + "system.pricePerRackUsd if you know it.");
        }
        return Fallback.derived(entry.pricePerChipUsd() * entry.chipsPerRack(), "pricePerChipUsd × chipsPerRack",
                entry.provenance("pricePerChipUsd"));
    }

    /**
     * A chip without math at a 4- or 8-bit weight format still runs such weights (weight-only quantization): they
     * are read at their own size and widened to the narrowest format the chip multiplies in.
     */
    private static Fallback weightOnlyPeak(CatalogSystem entry, String weightsFormat) {
        if (weightsFormat == null || entry.peakDenseTflops() == null || peakTflops(entry, weightsFormat) != null
                || Precision.fromId(weightsFormat).map(Precision::bytesPerElement).orElse(2.0) >= 2) {
            return Fallback.none();
        }
        for (String math : List.of("fp8", "bf16")) {
            Double peak = entry.peakDenseTflops().get(math);
            if (peak != null) {
                return Fallback.derived(peak, "peakDenseTflops." + math + ": " + entry.chip() + " has no "
                        + weightsFormat + " math, so the weights are widened to " + math + " for it (weight-only "
                        + "quantization)", entry.provenance("peakDenseTflops"));
            }
        }
        return Fallback.none();
    }

    private static Double peakTflops(CatalogSystem entry, String weightsFormat) {
        if (weightsFormat == null || entry.peakDenseTflops() == null) {
            return null;
        }
        Map<String, Double> peak = entry.peakDenseTflops();
        return switch (weightsFormat) {
            case "fp16" -> peak.getOrDefault("fp16", peak.get("bf16"));
            case "bf16" -> peak.get("bf16");
            case "fp8" -> peak.get("fp8");
            case "int8" -> peak.get("int8");
            case "fp4", "mxfp4", "int4" -> peak.get("fp4");
            default -> null;
        };
    }

    private ThroughputInput throughput(DeploymentInput given, WorkloadInput workloadInput, CatalogModel model,
            CatalogSystem system, SystemInput systemInput, Model engineModel, Hardware hardware,
            RequestedWorkload requested, String weightsFormat, PrecisionChoice precision, Inputs in) {
        Double targetMs = latencyTarget(workloadInput, in);
        boolean fourBitMath = fourBitMath(system, systemInput, weightsFormat, precision);
        Double firstTokenMs = workloadInput == null ? null : in.optional(workloadInput.targetTimeToFirstTokenMs(),
                "/workload/targetTimeToFirstTokenMs", Limits.TARGET_FIRST_TOKEN_MS);
        if (firstTokenMs != null && Double.isNaN(firstTokenMs)) {
            firstTokenMs = null;
        }
        boolean maxUsers = requested != null && requested.maxUsers();
        Workload workload = requested == null ? null : requested.sized();
        if (given.tokensPerSecond() != null) {
            if (given.throughputReference() != null) {
                in.error("/deployment/throughputReference", "give either tokensPerSecond or throughputReference, "
                        + "not both.");
            }
            if (maxUsers) {
                in.error("/workload/users", "\"max\" asks the estimator how many users fit; with "
                        + "deployment.tokensPerSecond give the number of users instead.");
            }
            double tokensPerSecond = in.required(given.tokensPerSecond(), "/deployment/tokensPerSecond",
                    Limits.TOKENS_PER_SECOND);
            return ThroughputInput.total(tokensPerSecond, Throughput.GIVEN);
        }
        boolean needsEstimator = targetMs != null || firstTokenMs != null || maxUsers;
        String method = in.text(given.throughputMethod() == null ? null
                        : given.throughputMethod().trim().toLowerCase(Locale.ROOT), "/deployment/throughputMethod",
                Fallback.rule(needsEstimator ? ESTIMATE : AUTO, "a measured result for this model and system "
                        + "when the catalog has one, else the estimator"));
        if (!List.of(AUTO, ESTIMATE).contains(method)) {
            in.error("/deployment/throughputMethod", "must be auto or estimate; got \"" + Text.clip(method) + "\".");
        }
        if (ESTIMATE.equals(method) || needsEstimator) {
            if (AUTO.equals(given.throughputMethod() == null ? null : method) && needsEstimator) {
                in.error("/deployment/throughputMethod", "auto would take a measured result, which cannot meet a "
                        + "latency target or choose the users; use estimate, or leave it out.");
            }
            return estimate(given, system, systemInput, engineModel, hardware, requested, targetMs, firstTokenMs,
                    fourBitMath, in);
        }
        ThroughputReference reference = null;
        if (given.throughputReference() != null) {
            reference = lookUp(given.throughputReference(), "/deployment/throughputReference",
                    catalog::throughputReference, catalog.throughputReferences(), ThroughputReference::id, in);
        } else if (model != null && system != null) {
            reference = catalog.bestThroughputReference(model.id(), system.id()).orElse(null);
        }
        if (reference == null) {
            return estimate(given, system, systemInput, engineModel, hardware, requested, null, null, fourBitMath,
                    in);
        }
        Provenance provenance = reference.provenance("tokensPerSecond");
        in.structure("/deployment/throughputReference", reference.id(), Fallback.catalog(null, provenance));
        double perChip = in.required(null, "/deployment/tokensPerSecondPerChip", Limits.TOKENS_PER_SECOND_PER_CHIP,
                Fallback.derived(reference.tokensPerSecondPerAccelerator(),
                        "tokensPerSecond " + Limit.format(reference.tokensPerSecond()) + " / " + reference.accelerators()
                                + " accelerators of " + reference.id(), provenance));
        warnAboutReference(reference, model, system, workload, weightsFormat, in);
        return ThroughputInput.perChip(perChip, reference.id());
    }

    /** The estimator when the system has the figures it needs; else no throughput, which the engine reports. */
    private ThroughputInput estimate(DeploymentInput given, CatalogSystem system, SystemInput systemInput,
            Model model, Hardware hardware, RequestedWorkload requested, Double targetMs, Double firstTokenMs,
            boolean fourBitMath, Inputs in) {
        if (hardware == null || hardware.memoryBandwidthTBps() == null || hardware.peakTflops() == null) {
            // Without hardware the system itself is in error already (missing or an unknown id).
            if (hardware != null
                    && (targetMs != null || firstTokenMs != null || requested != null && requested.maxUsers())) {
                in.error(requested != null && requested.maxUsers() ? "/workload/users"
                        : targetMs != null ? "/workload/targetTimePerOutputTokenMs"
                                : "/workload/targetTimeToFirstTokenMs",
                        "needs the estimator, which needs system.memoryBandwidthTBps and system.peakTflops.");
            }
            return null;
        }
        String stackName = in.text(given.servingStack() == null ? null
                        : given.servingStack().trim().toLowerCase(Locale.ROOT), "/deployment/servingStack",
                Fallback.rule(ServingStack.TUNED.id(), "benchmark-grade serving software, like the published results "
                        + "the estimator is fitted on"));
        ServingStack stack = ServingStack.TUNED;
        switch (stackName) {
            case "tuned" -> stack = ServingStack.TUNED;
            case "default" -> stack = ServingStack.DEFAULT;
            default -> in.error("/deployment/servingStack", "must be tuned or default; got \"" + Text.clip(stackName)
                    + "\".");
        }
        SystemInput givenSystem = systemInput == null ? new SystemInput(null, null, null, null, null, null, null,
                null, null, null, null, null) : systemInput;
        double domain = in.required(givenSystem.scaleUpDomainChips(), "/system/scaleUpDomainChips", Limits.SCALE_UP_DOMAIN,
                fromCatalog(system, "scaleUpDomainChips", system == null ? null : system.scaleUpDomainChips()),
                Fallback.rule((double) hardware.chipsPerRack(), "one " + hardware.rackUnit() + " is one scale-up "
                        + "domain"));
        Double link = in.optional(givenSystem.scaleUpBandwidthGBps(), "/system/scaleUpBandwidthGBps",
                Limits.LINK_BANDWIDTH, fromCatalog(system, "scaleUpBandwidthGBps",
                        system == null ? null : system.scaleUpBandwidthGBps()));
        Parallelism layout = model == null ? null : parallelism(given, model, in);
        if (requested == null || Double.isNaN(domain) || link != null && Double.isNaN(link)) {
            return null;
        }
        if (layout != null && layout.chipsPerInstance() / layout.pipelineParallel() > domain) {
            in.warn("LAYOUT_BEYOND_SCALE_UP", "/deployment/chipsPerInstance", "Each pipeline stage spans "
                    + layout.chipsPerInstance() / layout.pipelineParallel() + " chips, more than the "
                    + Limit.format(domain) + " of one scale-up domain: the estimate sends its tensor- and "
                    + "expert-parallel traffic over the network (50 GB/s per chip). Pipeline stages of at most "
                    + Limit.format(domain) + " chips keep it on the fast interconnect.");
        }
        if (requested.maxUsers() && !(requested.meanOutputTokens() > 0)) {
            in.error("/workload/users", "\"max\" asks the estimator, which needs the generated tokens: give "
                    + "workload.inputTokens and workload.outputTokens instead of contextTokens.");
            return null;
        }
        Serving serving = new Serving(requested.meanInputTokens(), requested.meanOutputTokens(), targetMs,
                firstTokenMs, layout, requested.maxUsers(), stack, (int) domain, link,
                fourBitMath);
        return ThroughputInput.estimated(calibration, serving);
    }

    /**
     * The layout the caller states, checked against the model; null when none of its degrees is given (the
     * estimator then chooses). Unstated degrees follow from the stated ones: chips = tensor × pipeline, tensor =
     * chips ÷ pipeline, experts over every chip of a MoE.
     */
    private static Parallelism parallelism(DeploymentInput given, Model model, Inputs in) {
        if (given.chipsPerInstance() == null && given.tensorParallel() == null && given.expertParallel() == null
                && given.pipelineParallel() == null) {
            return null;
        }
        double pipeline = in.required(given.pipelineParallel(), "/deployment/pipelineParallel", Limits.PARALLEL_DEGREE,
                Fallback.rule(1.0, "no pipeline stages"));
        Double chipsGiven = in.optional(given.chipsPerInstance(), "/deployment/chipsPerInstance", Limits.PARALLEL_DEGREE);
        Double tensorGiven = in.optional(given.tensorParallel(), "/deployment/tensorParallel", Limits.PARALLEL_DEGREE);
        if (!Inputs.valid(pipeline) || chipsGiven != null && Double.isNaN(chipsGiven)
                || tensorGiven != null && Double.isNaN(tensorGiven)) {
            return null;
        }
        double tensor = tensorGiven != null ? tensorGiven
                : chipsGiven != null ? Math.max(1, Math.floor(chipsGiven / pipeline)) : 1;
        // Read as given here; the required() below checks it and says what is wrong.
        Double expertsGiven = given.expertParallel();
        // Experts alone stated: the instance spans them (attention then runs data-parallel over the same chips).
        double chips = chipsGiven != null ? chipsGiven
                : expertsGiven != null && Inputs.valid(expertsGiven) ? Math.max(tensor * pipeline, expertsGiven)
                        : tensor * pipeline;
        double experts = in.required(given.expertParallel(), "/deployment/expertParallel", Limits.PARALLEL_DEGREE,
                Fallback.rule(model.moe() == null ? 1.0 : chips, model.moe() == null ? "a dense model has no experts"
                        : "the experts spread over every chip of the instance"));
        if (chipsGiven == null && chips > Limits.PARALLEL_DEGREE_MAX) {
            in.error("/deployment/chipsPerInstance", "the stated parallel degrees make "
                    + Limit.format(chips) + " chips per instance; at most " + Limit.format(Limits.PARALLEL_DEGREE_MAX)
                    + ".");
            return null;
        }
        boolean valid = true;
        if (chips % (tensor * pipeline) != 0) {
            in.error("/deployment/chipsPerInstance", "must be a multiple of tensorParallel × pipelineParallel ("
                    + Limit.format(tensor * pipeline) + "); got " + Limit.format(chips) + ".");
            valid = false;
        }
        if (model.attentionHeads() % tensor != 0) {
            if (tensorGiven == null) {
                in.error("/deployment/chipsPerInstance", "without tensorParallel, the chips per pipeline stage ("
                        + Limit.format(tensor) + ") are the tensor-parallel degree, which must divide the model's "
                        + model.attentionHeads() + " attention heads: give tensorParallel too (attention then runs "
                        + "data-parallel over the rest).");
            } else {
                in.error("/deployment/tensorParallel", "must divide the model's " + model.attentionHeads()
                        + " attention heads; got " + Limit.format(tensor) + ".");
            }
            valid = false;
        }
        if (pipeline > model.layers()) {
            in.error("/deployment/pipelineParallel", "must not exceed the model's " + model.layers() + " layers; got "
                    + Limit.format(pipeline) + ".");
            valid = false;
        }
        if (Inputs.valid(experts) && model.moe() == null && experts != 1) {
            in.error("/deployment/expertParallel", "must be 1 for a dense model (it has no routed experts); got "
                    + Limit.format(experts) + ".");
            valid = false;
        } else if (Inputs.valid(experts) && (experts > chips || model.moe() != null
                && model.moe().experts() % experts != 0)) {
            in.error("/deployment/expertParallel", "must divide the model's " + model.moe().experts() + " experts "
                    + "and not exceed chipsPerInstance (" + Limit.format(chips) + "); got " + Limit.format(experts)
                    + ".");
            valid = false;
        }
        if (!valid || !Inputs.valid(experts)) {
            return null;
        }
        return new Parallelism((int) chips, (int) tensor, (int) experts, (int) pipeline);
    }

    /**
     * Whether the chips multiply in a 4-bit format: 4-bit weights on a chip with 4-bit math (a peak given for the
     * system is taken to be at the weights' format), not weight-only 4-bit widened to 8 or 16 bits.
     */
    private static boolean fourBitMath(CatalogSystem system, SystemInput systemInput, String weightsFormat,
            PrecisionChoice precision) {
        if (precision == null || !(precision.weightBytes() <= FOUR_BIT_BYTES)) {
            return false;
        }
        if (systemInput != null && systemInput.peakTflops() != null || system == null) {
            return true;
        }
        return peakTflops(system, weightsFormat) != null;
    }

    /** A target time per output token, given as such or as tokens per second per user. */
    private static Double latencyTarget(WorkloadInput workload, Inputs in) {
        if (workload == null) {
            return null;
        }
        if (workload.targetTimePerOutputTokenMs() != null && workload.targetTokensPerSecondPerUser() != null) {
            in.error("/workload/targetTokensPerSecondPerUser", "give either targetTimePerOutputTokenMs or "
                    + "targetTokensPerSecondPerUser, not both.");
            return null;
        }
        Double perUser = in.optional(workload.targetTokensPerSecondPerUser(), "/workload/targetTokensPerSecondPerUser",
                Limits.TARGET_TOKENS_PER_SECOND_PER_USER);
        if (perUser != null) {
            return Double.isNaN(perUser) ? null : MS_PER_S / perUser;
        }
        Double ms = in.optional(workload.targetTimePerOutputTokenMs(), "/workload/targetTimePerOutputTokenMs",
                Limits.TARGET_MS);
        return ms == null || Double.isNaN(ms) ? null : ms;
    }

    private static void warnAboutReference(ThroughputReference reference, CatalogModel model, CatalogSystem system,
            Workload workload, String weightsFormat, Inputs in) {
        in.warn("THROUGHPUT_FROM_BENCHMARK", "/deployment/throughputReference", String.format(Locale.ROOT,
                "Throughput from %s %s, %s on %d× %s (%s, %s division): %s output tokens/s, %s per chip, scaled to "
                        + "the chips paid for. Benchmarks count output tokens and run tuned software; give "
                        + "deployment.tokensPerSecond when you have your own figure.",
                reference.round(), reference.submitter(), reference.modelId(), reference.accelerators(),
                reference.platform(), reference.scenario(), reference.division() == null ? "unknown"
                        : reference.division(),
                Limit.format(reference.tokensPerSecond()), Limit.format(reference.tokensPerSecondPerAccelerator())));
        List<String> differences = new ArrayList<>();
        if (model == null || !model.id().equals(reference.modelId())) {
            differences.add("it measured " + reference.modelId() + ", not this model");
        }
        if (system == null || !system.id().equals(reference.systemId())) {
            differences.add("it ran on " + reference.systemId() + ", not this system");
        }
        if (reference.precision() != null && !reference.precision().equals(weightsFormat)) {
            differences.add("its weights were " + reference.precision() + ", these are "
                    + (weightsFormat == null ? "given in bytes" : weightsFormat));
        }
        ThroughputReference.Workload benchmark = reference.workload();
        if (benchmark != null && workload != null && benchmark.maxInputTokens() != null
                && benchmark.meanOutputTokens() != null) {
            double benchmarkContext = benchmark.maxInputTokens() + benchmark.meanOutputTokens();
            if (workload.contextTokens() > benchmarkContext) {
                differences.add(String.format(Locale.ROOT, "its requests held at most about %s tokens (inputs ≤ %d, "
                        + "%s output tokens on average), these hold %d", Limit.format(Math.ceil(benchmarkContext)),
                        benchmark.maxInputTokens(), Limit.format(benchmark.meanOutputTokens()),
                        workload.contextTokens()));
            }
        }
        if (!differences.isEmpty()) {
            in.warn("WORKLOAD_DIFFERS", "/deployment/throughputReference", "The measured throughput is for another "
                    + "workload: " + String.join("; ", differences) + ". Treat the cost per token as indicative.");
        }
    }

    private static Deployment deployment(DeploymentInput given, ThroughputInput throughput, Inputs in) {
        double instances = in.required(given.instances(), "/deployment/instances", Limits.INSTANCES,
                Fallback.rule(1.0, "one instance"));
        Double racks = in.optional(given.racks(), "/deployment/racks", Limits.RACKS);
        String basisName = in.text(given.capexBasis() == null ? null
                        : given.capexBasis().trim().toLowerCase(Locale.ROOT), "/deployment/capexBasis",
                Fallback.rule("rack", "pay for whole racks, as the article does"));
        CapexBasis basis = CapexBasis.RACK;
        switch (basisName) {
            case "rack" -> basis = CapexBasis.RACK;
            case "chip" -> basis = CapexBasis.CHIP;
            default -> in.error("/deployment/capexBasis", "must be rack or chip; got \"" + Text.clip(basisName)
                    + "\".");
        }
        boolean fillRacks = Boolean.TRUE.equals(given.fillRacks());
        double reserve = in.required(given.runtimeReserveFraction(), "/deployment/runtimeReserveFraction",
                Limits.FRACTION_FROM_ZERO, Fallback.rule(0.0, "no reserve, as the article"));
        return new Deployment((int) instances, racks == null ? null : racks.intValue(), throughput, basis,
                fillRacks, reserve);
    }

    private Finance finance(FinanceInput finance, Inputs in) {
        FinanceInput given = finance == null ? new FinanceInput(null, null, null, null, null, null, null, null)
                : finance;
        FinancePreset preset = catalog.defaultFinancePreset();
        if (given.preset() != null) {
            preset = catalog.financePreset(given.preset().trim().toLowerCase(Locale.ROOT)).orElse(null);
            if (preset == null) {
                List<String> ids = catalog.financePresets().stream().map(FinancePreset::id).toList();
                in.error("/finance/preset", "unknown finance preset \"" + Text.clip(given.preset()) + "\"; known: "
                        + String.join(", ", ids) + "." + Suggestions.didYouMean(given.preset(), ids));
                return null;
            }
        }
        in.text(given.preset() == null ? null : preset.id(), "/finance/preset",
                Fallback.rule(preset.id(), "the default preset"));
        return new Finance(
                in.required(given.depreciationYears(), "/finance/depreciationYears", Limits.YEARS,
                        Fallback.preset(preset.value("depreciationYears"))),
                in.required(given.wacc(), "/finance/wacc", Limits.WACC, Fallback.preset(preset.value("wacc"))),
                in.required(given.electricityUsdPerKwh(), "/finance/electricityUsdPerKwh", Limits.ELECTRICITY,
                        Fallback.preset(preset.value("electricityUsdPerKwh"))),
                in.required(given.pue(), "/finance/pue", Limits.PUE, Fallback.preset(preset.value("pue"))),
                in.required(given.hostingUsdPerKwMonth(), "/finance/hostingUsdPerKwMonth", Limits.HOSTING,
                        Fallback.preset(preset.value("hostingUsdPerKwMonth"))),
                in.required(given.utilization(), "/finance/utilization", Limits.FRACTION_ABOVE_ZERO,
                        Fallback.preset(preset.value("utilization"))),
                in.required(given.averagePowerFraction(), "/finance/averagePowerFraction", Limits.FRACTION_ABOVE_ZERO,
                        Fallback.preset(preset.value("averagePowerFraction"))));
    }

    private Market market(MarketInput market, Workload workload, Inputs in) {
        if (market == null) {
            return null;
        }
        MarketPrice listed = lookUp(market.priceId(), "/market/priceId", catalog::price, catalog.prices(),
                MarketPrice::id, in);
        boolean split = listed != null || market.inputUsdPerMillionTokens() != null
                || market.outputUsdPerMillionTokens() != null;
        if (market.usdPerMillionTokens() != null && split) {
            in.error("/market", "give either usdPerMillionTokens, or inputUsdPerMillionTokens and "
                    + "outputUsdPerMillionTokens (or a priceId), not both.");
            return null;
        }
        if (!split) {
            return Market.blended(in.required(market.usdPerMillionTokens(), "/market/usdPerMillionTokens",
                    Limits.PRICE_PER_MILLION));
        }
        double input = in.required(market.inputUsdPerMillionTokens(), "/market/inputUsdPerMillionTokens",
                Limits.PRICE_PER_MILLION, listed == null ? Fallback.none()
                        : Fallback.catalog(listed.inputUsdPerMillion(), listed.provenance("inputUsdPerMillion")));
        double output = in.required(market.outputUsdPerMillionTokens(), "/market/outputUsdPerMillionTokens",
                Limits.PRICE_PER_MILLION, listed == null ? Fallback.none()
                        : Fallback.catalog(listed.outputUsdPerMillion(), listed.provenance("outputUsdPerMillion")));
        Fallback workloadShare = workload == null || workload.outputTokens() == 0 ? Fallback.none()
                : Fallback.rule((double) workload.inputTokens() / workload.contextTokens(),
                        "the workload's inputTokens / (inputTokens + outputTokens)");
        Double share = in.optional(market.inputTokenShare(), "/market/inputTokenShare", Limits.FRACTION_FROM_ZERO,
                workloadShare);
        if (share == null && workload != null) {
            in.error("/market/inputTokenShare", "is required with input and output prices when the workload gives "
                    + "only contextTokens: " + Limits.FRACTION_FROM_ZERO.describe() + ", or give workload.inputTokens "
                    + "and workload.outputTokens.");
        }
        return Market.split(input, output, share == null ? Double.NaN : share);
    }
}
