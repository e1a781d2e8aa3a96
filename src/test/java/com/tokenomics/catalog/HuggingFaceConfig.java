package com.tokenomics.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A Hugging Face {@code config.json} read on its own, without the catalog: KV cache and parameter count recomputed
 * from the architecture fields (docs/formulas.md, catalog.md §1.3 and §1.4). Layouts it does not understand fail loudly
 * rather than being counted as something else.
 */
final class HuggingFaceConfig {

    static final String DIRECTORY = "model-configs";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * transformers' {@code Llama4TextConfig} default for {@code no_rope_layer_interval}: when a config gives neither
     * {@code no_rope_layers} nor the interval, layer i uses RoPE unless (i + 1) % 4 == 0.
     */
    private static final int LLAMA4_DEFAULT_NO_ROPE_LAYER_INTERVAL = 4;

    private final String file;
    /** The decoder's fields: the top level, or {@code text_config} for multimodal configs (Llama 4). */
    private final JsonNode text;

    private HuggingFaceConfig(String file, JsonNode text) {
        this.file = file;
        this.text = text;
    }

    static HuggingFaceConfig load(String file) {
        String resource = DIRECTORY + "/" + file;
        try (InputStream in = HuggingFaceConfig.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            JsonNode root = JSON.readTree(in);
            // Llama 4 is multimodal: the language model's fields sit under text_config (the vision encoder's
            // vision_config is trimmed from these copies, and we count the text model only).
            return new HuggingFaceConfig(file, root.has("text_config") ? root.get("text_config") : root);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable config " + resource, e);
        }
    }

    String modelType() {
        return text.path("model_type").asText();
    }

    /**
     * Decoder layers of the main model. DeepSeek-V3/R1 also ship a multi-token-prediction layer
     * ({@code num_nextn_predict_layers} 1, the "+14B" of the 685B on Hugging Face); it is not part of the model that
     * serves tokens and {@code num_hidden_layers} (61) does not include it.
     */
    int layers() {
        return integerField("num_hidden_layers");
    }

    int hiddenSize() {
        return integerField("hidden_size");
    }

    int attentionHeads() {
        return integerField("num_attention_heads");
    }

    int kvHeads() {
        return integerField("num_key_value_heads");
    }

    /** {@code head_dim} when the config gives one (Qwen3, gpt-oss differ from d / H), else hidden_size / heads. */
    int headDim() {
        JsonNode headDim = text.get("head_dim");
        return headDim == null || headDim.isNull() ? hiddenSize() / attentionHeads() : headDim.intValue();
    }

    int vocabSize() {
        return integerField("vocab_size");
    }

    long maxPositionEmbeddings() {
        return text.path("max_position_embeddings").longValue();
    }

    boolean isMla() {
        return present("kv_lora_rank");
    }

    /**
     * Elements one layer caches per token: MLA keeps one latent of kv_lora_rank plus the shared RoPE key of
     * qk_rope_head_dim (no factor 2, no per-head copies); GQA/MHA keep a key and a value per KV head.
     */
    long kvElementsPerTokenPerLayer() {
        if (isMla()) {
            return (long) integerField("kv_lora_rank") + integerField("qk_rope_head_dim");
        }
        return 2L * kvHeads() * headDim();
    }

    /** KV bytes one token adds across all layers, every layer counted at full context. */
    double kvBytesPerToken(double bytesPerElement) {
        return layers() * kvElementsPerTokenPerLayer() * bytesPerElement;
    }

    /** KV bytes one user holds at this context, sliding-window and chunked layers capped at their window. */
    double kvBytesPerUser(long contextTokens, double bytesPerElement) {
        double bytes = 0;
        for (int layer = 0; layer < layers(); layer++) {
            bytes += kvElementsPerTokenPerLayer() * bytesPerElement * tokensHeld(layer, contextTokens);
        }
        return bytes;
    }

    /** Layers that hold at most a window (sliding or chunked) rather than the whole context. */
    int windowedLayers() {
        int windowed = 0;
        for (int layer = 0; layer < layers(); layer++) {
            if (tokensHeld(layer, Long.MAX_VALUE) != Long.MAX_VALUE) {
                windowed++;
            }
        }
        return windowed;
    }

    long tokensHeld(int layer, long contextTokens) {
        JsonNode layerTypes = text.get("layer_types");
        if (layerTypes != null && layerTypes.isArray()) {
            // gpt-oss: layer_types says per layer; sliding layers keep the last sliding_window tokens.
            String type = layerTypes.get(layer).asText();
            return switch (type) {
                case "full_attention" -> contextTokens;
                case "sliding_attention" -> Math.min(contextTokens, integerField("sliding_window"));
                default -> throw new IllegalStateException(file + ": unknown layer type " + type);
            };
        }
        if (present("attention_chunk_size")) {
            // Llama 4 iRoPE: RoPE layers attend within chunks of attention_chunk_size (8192); NoPE layers attend
            // globally. transformers reads no_rope_layers (1 = the layer uses RoPE) and otherwise derives it from
            // no_rope_layer_interval (default 4): no_rope_layers[i] = (i + 1) % interval != 0. Meta's configs carry
            // neither field (checked: Scout and Maverick text_config), so the default applies: layers 3, 7, ..., 47
            // are global, 36 of 48 are chunked (catalog.md §1.3; llama-models models/llama4/model.py).
            return usesRope(layer) ? Math.min(contextTokens, integerField("attention_chunk_size")) : contextTokens;
        }
        if (present("sliding_window") && !(text.has("use_sliding_window")
                && !text.get("use_sliding_window").asBoolean())) {
            throw new IllegalStateException(file + ": sliding_window without layer_types is not handled here");
        }
        return contextTokens;
    }

    private boolean usesRope(int layer) {
        JsonNode noRopeLayers = text.get("no_rope_layers");
        if (noRopeLayers != null && noRopeLayers.isArray() && !noRopeLayers.isEmpty()) {
            return noRopeLayers.get(layer).asInt() == 1;
        }
        int interval = present("no_rope_layer_interval") ? integerField("no_rope_layer_interval")
                : LLAMA4_DEFAULT_NO_ROPE_LAYER_INTERVAL;
        return (layer + 1) % interval != 0;
    }

    /**
     * Total parameters of the decoder: input embedding, lm_head unless tied, final norm, and per layer two norms,
     * the attention projections and the MLP or MoE block. Every term is read from the config; where the config
     * cannot say (a module's shape fixed by the architecture), the comment names the module.
     */
    long parameters() {
        long d = hiddenSize();
        long embeddings = (long) vocabSize() * d;
        long lmHead = text.path("tie_word_embeddings").asBoolean(false) ? 0 : embeddings;
        long total = embeddings + lmHead + d; // + final norm
        for (int layer = 0; layer < layers(); layer++) {
            total += 2 * d + attentionParameters() + feedForwardParameters(layer);
        }
        return total;
    }

    private long attentionParameters() {
        long d = hiddenSize();
        long heads = attentionHeads();
        if (isMla()) {
            // DeepSeek MLA: q_a_proj d→q_lora_rank, q_a_layernorm, q_b_proj → heads × (nope + rope);
            // kv_a_proj_with_mqa d→kv_lora_rank + rope, kv_a_layernorm, kv_b_proj → heads × (nope + v); o_proj.
            long qRank = integerField("q_lora_rank");
            long kvRank = integerField("kv_lora_rank");
            long rope = integerField("qk_rope_head_dim");
            long nope = integerField("qk_nope_head_dim");
            long v = integerField("v_head_dim");
            return d * qRank + qRank + qRank * heads * (nope + rope)
                    + d * (kvRank + rope) + kvRank + kvRank * heads * (nope + v)
                    + heads * v * d;
        }
        long q = heads * headDim();
        long kv = (long) kvHeads() * headDim();
        long parameters = d * q + 2 * d * kv + q * d;
        if (text.path("attention_bias").asBoolean(false)) {
            parameters += q + 2 * kv + d; // q, k, v and o biases (gpt-oss)
        }
        switch (modelType()) {
            // Qwen3: RMSNorm over each head's query and key (q_norm, k_norm), head_dim weights each.
            case "qwen3", "qwen3_moe" -> parameters += 2L * headDim();
            // gpt-oss: one learned attention-sink logit per query head.
            case "gpt_oss" -> parameters += heads;
            // Llama 4's use_qk_norm is an L2 norm without weights: nothing to count.
            default -> {
            }
        }
        return parameters;
    }

    private long feedForwardParameters(int layer) {
        long d = hiddenSize();
        return switch (modelType()) {
            case "llama", "qwen3" -> {
                if (text.path("mlp_bias").asBoolean(false)) {
                    throw new IllegalStateException(file + ": MLP biases are not handled here");
                }
                yield swiglu(d, integerField("intermediate_size"));
            }
            case "mixtral" -> {
                long experts = integerField("num_local_experts");
                yield experts * swiglu(d, integerField("intermediate_size")) + d * experts; // + router
            }
            case "qwen3_moe" -> {
                if (!text.path("mlp_only_layers").isEmpty() || integerField("decoder_sparse_step") != 1) {
                    throw new IllegalStateException(file + ": dense Qwen3-MoE layers are not handled here");
                }
                long experts = integerField("num_experts");
                yield experts * swiglu(d, integerField("moe_intermediate_size")) + d * experts; // + router, no shared
            }
            // Kimi K2 ships DeepSeek-V3's code (architectures DeepseekV3ForCausalLM) under model_type kimi_k2.
            case "deepseek_v3", "kimi_k2" -> {
                if (integerField("moe_layer_freq") != 1) {
                    throw new IllegalStateException(file + ": moe_layer_freq other than 1 is not handled here");
                }
                if (layer < integerField("first_k_dense_replace")) {
                    yield swiglu(d, integerField("intermediate_size"));
                }
                long routed = integerField("n_routed_experts");
                long experts = routed + integerField("n_shared_experts");
                // router weight, plus e_score_correction_bias per routed expert with topk_method noaux_tc
                long router = d * routed + ("noaux_tc".equals(text.path("topk_method").asText()) ? routed : 0);
                yield experts * swiglu(d, integerField("moe_intermediate_size")) + router;
            }
            case "llama4_text" -> {
                // MoE layers: interleave_moe_layer_step - 1, then every step (transformers' moe_layers default).
                // Llama4TextMoe always has one shared expert beside the routed ones (llama-models moe.py).
                int step = integerField("interleave_moe_layer_step");
                if ((layer + 1) % step != 0) {
                    yield swiglu(d, integerField("intermediate_size_mlp"));
                }
                long experts = integerField("num_local_experts");
                yield (experts + 1) * swiglu(d, integerField("intermediate_size")) + d * experts; // + router, no bias
            }
            case "gpt_oss" -> {
                // GptOssExperts: gate_up_proj d→2I with bias, down_proj I→d with bias; the router has a bias too.
                long experts = integerField("num_local_experts");
                long i = integerField("intermediate_size");
                yield experts * (d * 2 * i + 2 * i + i * d + d) + d * experts + experts;
            }
            default -> throw new IllegalStateException(file + ": model_type " + modelType() + " is not handled");
        };
    }

    /** gate, up and down projections of a SwiGLU MLP, no biases. */
    private static long swiglu(long hidden, long intermediate) {
        return 3 * hidden * intermediate;
    }

    private boolean present(String field) {
        JsonNode node = text.get(field);
        return node != null && !node.isNull();
    }

    int integerField(String field) {
        JsonNode node = text.get(field);
        if (node == null || node.isNull() || !node.canConvertToInt()) {
            throw new IllegalStateException(file + ": no integer " + field);
        }
        return node.intValue();
    }

    @Override
    public String toString() {
        return file;
    }
}
