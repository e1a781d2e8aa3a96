package com.tokenomics.scenario;

import com.tokenomics.engine.Model;
import com.tokenomics.engine.Parallelism;
import com.tokenomics.scenario.ScenarioRequest.DeploymentInput;

/** The layout of one instance over its chips: tensor-, expert- and pipeline-parallel degrees. */
final class ParallelismResolver {

    /**
     * The layout the caller states, checked against the model; null when none of its degrees is given (the
     * estimator then chooses). Unstated degrees follow from the stated ones: chips = tensor × pipeline, tensor =
     * chips ÷ pipeline, experts over every chip of a MoE.
     */
    static Parallelism resolve(DeploymentInput given, Model model, Inputs in) {
        if (given.chipsPerInstance() == null && given.tensorParallel() == null && given.expertParallel() == null
                && given.pipelineParallel() == null) {
            return null;
        }
        double pipeline = in.required(given.pipelineParallel(), "/deployment/pipelineParallel", Limits.PIPELINE_STAGES,
                Fallback.rule(1.0, "no pipeline stages"));
        Double chipsGiven = in.optional(given.chipsPerInstance(), "/deployment/chipsPerInstance",
                Limits.PARALLEL_DEGREE);
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

    private ParallelismResolver() {
    }
}
