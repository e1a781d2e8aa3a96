package com.tokenomics.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scenario as callers send it. Every number is optional where a default exists; the response's
 * {@code assumptions} echo every value used and where it came from. Numbers are taken as JSON numbers and checked
 * by {@link ScenarioMapper}, which names the field, the unit and the allowed range of anything out of place. Each
 * field's description, range, choices and default are those of {@link ParameterTable}, which the OpenAPI document
 * takes from there; the annotations here add only examples.
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
            @Schema(examples = "llama-3.1-70b") String id,
            @Schema(examples = "Llama 3.1 70B") String name,
            @Schema(examples = "70e9") Double parameters,
            Double activeParameters,
            @Schema(examples = "80") Double layers,
            @Schema(examples = "8192") Double hiddenSize,
            @Schema(examples = "64") Double attentionHeads,
            @Schema(examples = "8") Double kvHeads,
            Double headDim,
            AttentionInput attention,
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
            String type,
            @Schema(examples = "512") Double kvLoraRank,
            @Schema(examples = "64") Double qkRopeHeadDim) {
    }

    @Schema(description = "A group of layers holding the same number of tokens.")
    public record LayerGroupInput(
            @Schema(description = "Layers in the group.") Double layers,
            @Schema(description = "Sliding-window or chunk size in tokens; omit for full attention.")
            Double windowTokens) {
    }

    @Schema(description = "What is served at peak. Give contextTokens, or inputTokens and outputTokens.")
    public record WorkloadInput(
            // A number or "max": the document's schema for it comes from the parameter table; Object keeps
            // UsersInput, which only reads it, out of the document.
            @Schema(implementation = Object.class, examples = "16") UsersInput users,
            @Schema(examples = "10000") Double contextTokens,
            Double inputTokens,
            Double outputTokens,
            Double targetTimePerOutputTokenMs,
            Double targetTokensPerSecondPerUser,
            Double targetTimeToFirstTokenMs) {
    }

    @Schema(description = "Numeric formats; bytes per element may be given instead of a name.")
    public record PrecisionInput(
            @Schema(examples = "fp16") String weights,
            String kvCache,
            Double weightsBytes,
            Double kvCacheBytes) {
    }

    @Schema(description = "The hardware: a catalog id (\"gb200-nvl72\"), or an object, optionally starting from a "
            + "catalog entry by id and overriding any field. A chip with HBM is sized by its HBM, a chip without by "
            + "its SRAM.")
    public record SystemInput(
            @Schema(examples = "h200-hgx") String id,
            @Schema(examples = "NVIDIA GH200") String name,
            String rackUnit,
            @Schema(examples = "144") Double memoryPerChipGiB,
            Double sramPerChipGiB,
            @Schema(examples = "128") Double chipsPerRack,
            @Schema(examples = "120") Double powerPerRackKw,
            @Schema(examples = "3000000") Double pricePerRackUsd,
            Double memoryBandwidthTBps,
            Double peakTflops,
            Double scaleUpDomainChips,
            Double scaleUpBandwidthGBps) {

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
            Double instances,
            Double racks,
            @Schema(examples = "50000") Double tokensPerSecond,
            String throughputReference,
            String throughputMethod,
            String capexBasis,
            Boolean fillRacks,
            Double runtimeReserveFraction,
            Double chipsPerInstance,
            Double tensorParallel,
            Double expertParallel,
            Double pipelineParallel,
            String servingStack) {
    }

    @Schema(description = "Financial and datacenter assumptions; anything left out comes from the preset.")
    public record FinanceInput(
            @Schema(examples = "typical") String preset,
            Double depreciationYears,
            Double wacc,
            Double electricityUsdPerKwh,
            Double pue,
            Double hostingUsdPerKwMonth,
            Double utilization,
            Double averagePowerFraction) {
    }

    @Schema(description = "A price to check: a blended price, input and output prices, or a catalog price by id.")
    public record MarketInput(
            @Schema(examples = "groq-llama-3.3-70b-versatile") String priceId,
            @Schema(examples = "0.9") Double usdPerMillionTokens,
            Double inputUsdPerMillionTokens,
            Double outputUsdPerMillionTokens,
            Double inputTokenShare) {
    }
}
