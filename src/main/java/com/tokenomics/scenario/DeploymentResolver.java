package com.tokenomics.scenario;

import com.tokenomics.engine.CapexBasis;
import com.tokenomics.engine.Deployment;
import com.tokenomics.engine.ThroughputInput;
import com.tokenomics.scenario.ScenarioRequest.DeploymentInput;
import java.util.Locale;

/** The deployment: how many instances and racks, what the capital cost is paid for, and the runtime's reserve. */
final class DeploymentResolver {

    static Deployment resolve(DeploymentInput given, ThroughputInput throughput, Inputs in) {
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

    private DeploymentResolver() {
    }
}
