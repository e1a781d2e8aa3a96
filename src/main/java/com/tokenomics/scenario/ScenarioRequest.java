package com.tokenomics.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scenario as callers send it. Every number is optional where a default exists; the response's
 * {@code assumptions} echo every value used and where it came from. Numbers are taken as JSON numbers and checked
 * by {@link ScenarioMapper}, which names the field, the unit and the allowed range of anything out of place.
 */
@Schema(description = "One inference scenario: model, workload, precision, system, deployment, finance, market.")
public record ScenarioRequest(
        @Schema(required = true) ModelInput model,
        @Schema(required = true) WorkloadInput workload,
        PrecisionInput precision,
        @Schema(required = true) SystemInput system,
        DeploymentInput deployment,
        FinanceInput finance,
        MarketInput market) {

    @Schema(description = "The model: a catalog id (\"llama-3.1-70b\"), or an object giving the architecture, "
            + "optionally starting from a catalog entry by id and overriding any field.")
    public record ModelInput(
            @Schema(description = "Catalog model id (see /v1/catalog/models).", examples = "llama-3.1-70b")
            String id,
            @Schema(description = "Display name.", examples = "Llama 3.1 70B") String name,
            @Schema(description = "Total parameters (MoE: all experts, all resident), count.", examples = "70e9")
            Double parameters,
            @Schema(description = "Parameters used per token (MoE); defaults to parameters, count.")
            Double activeParameters,
            @Schema(description = "Decoder layers.", examples = "80") Double layers,
            @Schema(description = "Model dimension d_model.", examples = "8192") Double hiddenSize,
            @Schema(description = "Query attention heads.", examples = "64") Double attentionHeads,
            @Schema(description = "Key/value heads (GQA); defaults to attentionHeads (MHA).", examples = "8")
            Double kvHeads,
            @Schema(description = "Per-head dimension; defaults to hiddenSize / attentionHeads.") Double headDim,
            AttentionInput attention,
            @Schema(description = "Layers grouped by the tokens they hold; default: every layer holds the whole "
                    + "context. Layer counts must add up to layers.")
            List<LayerGroupInput> layerGroups) {

        @JsonCreator
        public ModelInput {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ModelInput ofId(String id) {
            return new ModelInput(id, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @Schema(description = "How a layer caches keys and values.")
    public record AttentionInput(
            @Schema(description = "gqa (also MHA/MQA) or mla (DeepSeek-V2/V3 latent attention).",
                    enumeration = { "gqa", "mla" }) String type,
            @Schema(description = "MLA: compressed KV latent width (kv_lora_rank).", examples = "512")
            Double kvLoraRank,
            @Schema(description = "MLA: decoupled RoPE key width (qk_rope_head_dim).", examples = "64")
            Double qkRopeHeadDim) {
    }

    @Schema(description = "A group of layers holding the same number of tokens.")
    public record LayerGroupInput(
            @Schema(description = "Layers in the group.") Double layers,
            @Schema(description = "Sliding-window or chunk size in tokens; omit for full attention.")
            Double windowTokens) {
    }

    @Schema(description = "What is served at peak. Give contextTokens, or inputTokens and outputTokens.")
    public record WorkloadInput(
            @Schema(description = "Concurrent users (sequences) over the whole deployment, or \"max\": as many as "
                    + "memory and the latency targets allow (the estimator chooses, the answer says how many).",
                    implementation = Object.class, oneOf = { Long.class, String.class }, examples = "16")
            UsersInput users,
            @Schema(description = "Tokens per user held at peak (input + output).", examples = "10000")
            Double contextTokens,
            @Schema(description = "Prompt tokens per user; a mean may be fractional (memory is sized on whole "
                    + "tokens, rounded up).") Double inputTokens,
            @Schema(description = "Generated tokens per user; a mean may be fractional.") Double outputTokens,
            @Schema(description = "Latency target for the estimator: the limit on the 99th percentile of the time "
                    + "between a user's tokens, ms. The estimator then batches at most as many users per instance "
                    + "as meet it.")
            Double targetTimePerOutputTokenMs,
            @Schema(description = "The same target as output tokens per second per user.")
            Double targetTokensPerSecondPerUser,
            @Schema(description = "Latency target for the estimator: the limit on the 99th percentile of the time "
                    + "to a request's first token, ms (queueing for prefill included).")
            Double targetTimeToFirstTokenMs) {
    }

    @Schema(description = "Numeric formats; bytes per element may be given instead of a name.")
    public record PrecisionInput(
            @Schema(description = "Weights format; default: the catalog model's, else bf16.", enumeration = {
                    "fp32", "fp16", "bf16", "fp8", "int8", "fp4", "int4", "mxfp4" }, examples = "fp16") String weights,
            @Schema(description = "KV cache format; default: the weights' format when it has 16 or 32 bits, else "
                    + "bf16 (an 8- or 4-bit weight format says nothing of the cache, which serving stacks keep in 16 "
                    + "bits unless told otherwise).", enumeration = { "fp32", "fp16", "bf16", "fp8", "int8", "fp4",
                            "int4", "mxfp4" }) String kvCache,
            @Schema(description = "Bytes per weight, instead of a name.") Double weightsBytes,
            @Schema(description = "Bytes per KV-cache element, instead of a name; default, when weightsBytes is given "
                    + "and no KV-cache format: weightsBytes.") Double kvCacheBytes) {
    }

    @Schema(description = "The hardware: a catalog id (\"gb200-nvl72\"), or an object, optionally starting from a "
            + "catalog entry by id and overriding any field. A chip with HBM is sized by its HBM, a chip without by "
            + "its SRAM.")
    public record SystemInput(
            @Schema(description = "Catalog system id (see /v1/catalog/systems).", examples = "h200-hgx") String id,
            @Schema(description = "Display name.", examples = "NVIDIA GH200") String name,
            @Schema(description = "What one rack is (rack, 8-GPU server …); default rack, or chip when "
                    + "chipsPerRack is not given.") String rackUnit,
            @Schema(description = "HBM per chip, GiB.", examples = "144") Double memoryPerChipGiB,
            @Schema(description = "On-chip SRAM per chip, GiB (used when the chip has no HBM).")
            Double sramPerChipGiB,
            @Schema(description = "Chips per rack; default 1.", examples = "128") Double chipsPerRack,
            @Schema(description = "IT power per rack at full load, kW.", examples = "120") Double powerPerRackKw,
            @Schema(description = "Price per rack, USD.", examples = "3000000") Double pricePerRackUsd,
            @Schema(description = "Memory bandwidth per chip, TB/s (10^12 B/s).") Double memoryBandwidthTBps,
            @Schema(description = "Dense peak per chip at the precision the math runs in, TFLOPS: the weights' "
                    + "format, or 8/16-bit for weight-only 4-bit formats on chips without 4-bit math.")
            Double peakTflops,
            @Schema(description = "For the estimator: chips joined by the fast interconnect (an NVLink domain, an "
                    + "8-GPU server); default: the catalog's figure, else chipsPerRack.") Double scaleUpDomainChips,
            @Schema(description = "For the estimator: scale-up interconnect bandwidth per chip and direction, GB/s; "
                    + "without it communication costs only its latency.") Double scaleUpBandwidthGBps) {

        @JsonCreator
        public SystemInput {
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SystemInput ofId(String id) {
            return new SystemInput(id, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    @Schema(description = "How the model is deployed.")
    public record DeploymentInput(
            @Schema(description = "Model copies resident at once; default 1.") Double instances,
            @Schema(description = "Racks bought; default: the whole racks the memory needs.") Double racks,
            @Schema(description = "Total tokens per second of the deployment as described. Without it, a measured "
                    + "reference from the catalog is used when the model and system are catalog ids.",
                    examples = "50000")
            Double tokensPerSecond,
            @Schema(description = "Catalog throughput reference id (see /v1/catalog/throughput) to use instead of "
                    + "the best match.") String throughputReference,
            @Schema(description = "auto: a measured result for this model and system when the catalog has one, "
                    + "else the serving-model estimator; estimate: always the estimator.", enumeration = { "auto",
                            "estimate" }) String throughputMethod,
            @Schema(description = "rack: pay for whole racks (default); chip: pay for the chips' share of a rack.",
                    enumeration = { "rack", "chip" }) String capexBasis,
            @Schema(description = "Fill the bought racks with copies of this deployment, scaling the throughput.")
            Boolean fillRacks,
            @Schema(description = "Extra memory as a fraction of weights + KV cache; default 0.")
            Double runtimeReserveFraction,
            @Schema(description = "For the estimator: chips one model instance spans; default: the layout with the "
                    + "most tokens per chip.") Double chipsPerInstance,
            @Schema(description = "For the estimator: chips a layer's attention and dense weights are split over; "
                    + "attention runs data-parallel over chipsPerInstance ÷ tensorParallel ÷ pipelineParallel "
                    + "groups.") Double tensorParallel,
            @Schema(description = "For the estimator: chips the routed experts of a MoE model are spread over.")
            Double expertParallel,
            @Schema(description = "For the estimator: pipeline stages; default 1.") Double pipelineParallel,
            @Schema(description = "For the estimator: tuned (benchmark-grade serving, the default) or default (a "
                    + "serving framework out of the box).", enumeration = { "tuned", "default" })
            String servingStack) {
    }

    @Schema(description = "Financial and datacenter assumptions; anything left out comes from the preset.")
    public record FinanceInput(
            @Schema(description = "Finance preset id; default typical.", examples = "typical") String preset,
            @Schema(description = "Depreciation life, years.") Double depreciationYears,
            @Schema(description = "Weighted average cost of capital, fraction per year (0.08 = 8 %).") Double wacc,
            @Schema(description = "Electricity price, USD per kWh.") Double electricityUsdPerKwh,
            @Schema(description = "Power usage effectiveness, ≥ 1.") Double pue,
            @Schema(description = "Colocation price, USD per kW of IT power per month.") Double hostingUsdPerKwMonth,
            @Schema(description = "Fraction of the year producing tokens at the throughput, (0, 1].")
            Double utilization,
            @Schema(description = "Average power draw as a fraction of rated power, (0, 1].")
            Double averagePowerFraction) {
    }

    @Schema(description = "A price to check: a blended price, input and output prices, or a catalog price by id.")
    public record MarketInput(
            @Schema(description = "Catalog price id (see /v1/catalog/prices): its input and output prices.",
                    examples = "groq-llama-3.3-70b-versatile") String priceId,
            @Schema(description = "Blended price, USD per million tokens.", examples = "0.9") Double usdPerMillionTokens,
            @Schema(description = "Input price, USD per million tokens.") Double inputUsdPerMillionTokens,
            @Schema(description = "Output price, USD per million tokens.") Double outputUsdPerMillionTokens,
            @Schema(description = "Share of input tokens among all tokens; default from the workload's input and "
                    + "output tokens.") Double inputTokenShare) {
    }
}
