package com.tokenomics.scenario;

import static com.tokenomics.scenario.CatalogValues.fromCatalog;

import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.engine.Attention;
import com.tokenomics.engine.LayerGroup;
import com.tokenomics.engine.Model;
import com.tokenomics.scenario.ScenarioRequest.AttentionInput;
import com.tokenomics.scenario.ScenarioRequest.LayerGroupInput;
import com.tokenomics.scenario.ScenarioRequest.ModelInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The model: its architecture as given or from its catalog entry (a catalog value fills each field left out), its
 * attention and its layer groups.
 */
final class ModelResolver {

    static Model resolve(ModelInput model, CatalogModel entry, Inputs in) {
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

    private ModelResolver() {
    }
}
