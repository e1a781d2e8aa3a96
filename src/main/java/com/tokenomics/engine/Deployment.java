package com.tokenomics.engine;

/**
 * How the model is deployed on the hardware.
 *
 * @param instances              model copies resident at once (each holds its own weights)
 * @param racks                  racks actually bought, when the caller knows; null to size them from memory
 * @param throughput             total tokens per second of the deployment, or a rate per chip; null when unknown
 * @param capexBasis             whole racks, or the chips' share of a rack
 * @param fillRacks              replicate the deployment to fill every chip of the bought racks, scaling throughput
 * @param runtimeReserveFraction extra memory kept free for activations and fragmentation, as a fraction of weights +
 *                               KV cache (0 reproduces the article)
 */
public record Deployment(
        int instances,
        Integer racks,
        ThroughputInput throughput,
        CapexBasis capexBasis,
        boolean fillRacks,
        double runtimeReserveFraction) {

    Deployment withInstances(int instances) {
        return new Deployment(instances, racks, throughput, capexBasis, fillRacks, runtimeReserveFraction);
    }

    Deployment withThroughput(ThroughputInput throughput) {
        return new Deployment(instances, racks, throughput, capexBasis, fillRacks, runtimeReserveFraction);
    }
}
