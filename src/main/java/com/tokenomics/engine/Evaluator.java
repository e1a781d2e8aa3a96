package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.List;

/** Evaluates a scenario: memory → chips and racks → cost → cost per token → market check. Pure and stateless. */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(Scenario requested) {
        List<Warning> warnings = new ArrayList<>(4);
        Estimate estimate = null;
        Scenario scenario = requested;
        ThroughputInput throughputInput = requested.deployment().throughput();
        if (throughputInput != null && throughputInput.kind() == ThroughputInput.Kind.ESTIMATE) {
            estimate = Estimator.estimate(requested, throughputInput.calibration(), throughputInput.serving())
                    .orElse(null);
            if (estimate == null) {
                warnings.add(new Warning("ESTIMATE_UNAVAILABLE", Input.TOKENS_PER_SECOND,
                        estimateUnavailable(requested, throughputInput.serving())));
                throughputInput = null;
            } else {
                warnings.add(new Warning("THROUGHPUT_ESTIMATED", Input.TOKENS_PER_SECOND,
                        estimatedMessage(estimate)));
                // The estimate may spread the users over more instances (each holding its own weights), choose the
                // user count ("max"), or lay an instance over more chips than memory needs: sizing, cost and
                // throughput then all count the estimate's instances and chips.
                scenario = withUsersAndInstances(requested, estimate.users(), estimate.instances());
                // The estimate's own total: its users on its chips, not a per-chip rate spread over a whole rack.
                throughputInput = ThroughputInput.total(estimate.outputTokensPerSecond(), ThroughputInput.ESTIMATED);
            }
        }
        Hardware hardware = scenario.hardware();
        Deployment deployment = scenario.deployment();
        MemoryBreakdown memory = MemoryBreakdown.of(scenario.model(), scenario.workload(), scenario.precision(),
                deployment.instances(), deployment.runtimeReserveFraction());
        Sizing sizing = Sizing.of(memory, hardware);
        long chipsNeeded = estimate == null ? sizing.chips() : Math.max(sizing.chips(), estimate.chips());
        if (estimate != null && estimate.chips() != sizing.chips()) {
            warnings.add(new Warning("ESTIMATE_CHIPS", Input.TOKENS_PER_SECOND, "The estimate lays "
                    + estimate.instances() + " instance(s) over " + estimate.chipsPerInstance() + " chip(s) each ("
                    + estimate.chips() + " chips; tensor parallel " + estimate.tensorParallel() + ", pipeline "
                    + estimate.pipelineParallel() + ") where memory alone needs " + sizing.chips() + ": cost and "
                    + "throughput count " + chipsNeeded + " chips."));
        }

        long racksBought = deployment.racks() != null ? deployment.racks()
                : Math.max(sizing.racks(), (chipsNeeded + hardware.chipsPerRack() - 1) / hardware.chipsPerRack());
        long chipsInRacks = racksBought * hardware.chipsPerRack();
        if (deployment.racks() != null && chipsInRacks < Math.max(sizing.chipsExact(), chipsNeeded)) {
            warnings.add(new Warning("RACKS_TOO_FEW", Input.RACKS, racksBought + " " + hardware.rackUnit()
                    + "(s) hold " + chipsInRacks + " chips, but the memory needs "
                    + Decimals.fixed(sizing.chipsExact(), 2) + " chips (" + sizing.racks() + " " + hardware.rackUnit()
                    + "(s))."));
        }
        boolean perChip = throughputInput != null && throughputInput.kind() == ThroughputInput.Kind.PER_CHIP;
        long replicas = deployment.fillRacks() && !perChip ? Math.max(1, chipsInRacks / chipsNeeded) : 1;
        long chipsUsed = chipsNeeded * replicas;
        long chipsPaid = deployment.capexBasis() == CapexBasis.RACK ? chipsInRacks : chipsUsed;

        Throughput throughput = null;
        if (throughputInput == null) {
            warnings.add(new Warning("THROUGHPUT_UNKNOWN", Input.TOKENS_PER_SECOND,
                    "No throughput: cost per token, tokens per dollar and the market check need "
                            + "deployment.tokensPerSecond (total tokens per second of the deployment), or "
                            + "system.memoryBandwidthTBps and system.peakTflops for an estimate."));
        } else if (perChip) {
            // A per-chip rate describes every chip paid for, so cost and throughput cover the same hardware.
            throughput = new Throughput(throughputInput.tokensPerSecond() * chipsPaid, throughputInput.source(), 1,
                    throughputInput.tokensPerSecond(), chipsPaid);
        } else if (estimate != null) {
            throughput = new Throughput(throughputInput.tokensPerSecond() * replicas, throughputInput.source(),
                    replicas, estimate.outputTokensPerSecondPerChip(), chipsUsed);
        } else {
            throughput = new Throughput(throughputInput.tokensPerSecond() * replicas, throughputInput.source(),
                    replicas, null, null);
        }

        Cost cost = null;
        if (hardware.pricePerRackUsd() == null) {
            warnings.add(new Warning("PRICE_UNKNOWN", Input.PRICE_PER_RACK_USD,
                    "The system has no price: give system.pricePerRackUsd to get the cost."));
        }
        if (hardware.powerPerRackKw() == null) {
            warnings.add(new Warning("POWER_UNKNOWN", Input.POWER_PER_RACK_KW,
                    "The system has no power figure: give system.powerPerRackKw to get the cost."));
        }
        if (hardware.pricePerRackUsd() != null && hardware.powerPerRackKw() != null) {
            CapexBasis basis = deployment.capexBasis();
            double racksCosted = basis == CapexBasis.RACK
                    ? racksBought
                    : (double) chipsUsed / hardware.chipsPerRack();
            if (basis == CapexBasis.RACK && throughput != null && !perChip && chipsUsed < chipsInRacks) {
                // Concatenation, not String.format: the Formatter would cost more than the whole evaluation.
                warnings.add(new Warning("RACK_PARTLY_USED", Input.CAPEX_BASIS, "The cost covers "
                        + racksBought + " whole " + hardware.rackUnit() + "(s) (" + chipsInRacks + " chips) but the "
                        + "scenario uses " + chipsUsed + " of those chips; if the throughput is that of " + chipsUsed
                        + " chips only, the cost per token is overstated. Set deployment.fillRacks to fill the "
                        + hardware.rackUnit() + "(s) with copies of this deployment, or deployment.capexBasis to "
                        + "\"chip\"."));
            }
            cost = Cost.of(racksCosted, chipsPaid, hardware, basis, scenario.finance());
        }

        UnitEconomics unit = cost != null && throughput != null
                ? UnitEconomics.of(throughput, cost, scenario.finance())
                : null;

        MarketCheck market = null;
        if (scenario.market() != null) {
            if (unit != null) {
                market = MarketCheck.of(scenario.market(), unit, cost, scenario.finance());
            } else {
                warnings.add(new Warning("MARKET_UNCHECKED", Input.MARKET,
                        "The market price was not checked: it needs the cost per token (see the other warnings)."));
            }
        }
        return new Evaluation(memory, sizing, throughput, estimate, cost, unit, market, warnings);
    }

    private static String estimatedMessage(Estimate estimate) {
        String message = "Throughput estimated by the serving model (" + estimate.calibration() + ", "
                + estimate.servingStack() + " serving stack): " + Decimals.fixed(estimate.outputTokensPerSecondPerChip(), 0)
                + " output tokens/s per chip, ±" + Decimals.fixed(estimate.expectedErrorFraction() * 100, 0) + " %";
        if (!estimate.errorReasons().isEmpty()) {
            message += " (wider for " + String.join(", ", estimate.errorReasons()) + ")";
        }
        return message + "; the step is bound by " + estimate.boundBy() + " and the batch by " + estimate.limitedBy()
                + ". Give deployment.tokensPerSecond when you have a measured figure.";
    }

    private static Scenario withUsersAndInstances(Scenario scenario, long users, long instances) {
        if (instances == scenario.deployment().instances() && users == scenario.workload().users()) {
            return scenario;
        }
        return scenario.withWorkload(scenario.workload().withUsers(users))
                .withDeployment(scenario.deployment().withInstances((int) instances));
    }

    private static String estimateUnavailable(Scenario scenario, Serving serving) {
        String reason = estimateUnavailableReason(scenario, serving);
        return serving.maxUsers() ? reason + " The users could not be chosen for \"max\": memory is sized for one "
                + "user per instance." : reason;
    }

    private static String estimateUnavailableReason(Scenario scenario, Serving serving) {
        Hardware hardware = scenario.hardware();
        if (hardware.memoryBandwidthTBps() == null || hardware.peakTflops() == null) {
            return "No throughput estimate: it needs system.memoryBandwidthTBps and system.peakTflops at the "
                    + "weights' precision; give them, or deployment.tokensPerSecond.";
        }
        if (!(serving.meanOutputTokens() > 0)) {
            return "No throughput estimate: it needs the generated tokens; give workload.inputTokens and "
                    + "workload.outputTokens instead of contextTokens, or deployment.tokensPerSecond.";
        }
        if (serving.hasTarget()) {
            return "No throughput estimate: not even one user per instance meets the target"
                    + (serving.targetTimePerOutputTokenMs() != null
                            ? " of " + Decimals.fixed(serving.targetTimePerOutputTokenMs(), 1) + " ms per output token"
                            : "")
                    + (serving.targetTimeToFirstTokenMs() != null
                            ? (serving.targetTimePerOutputTokenMs() != null ? " and" : "") + " of "
                                    + Decimals.fixed(serving.targetTimeToFirstTokenMs(), 0) + " ms to the first token"
                            : "")
                    + " on this system.";
        }
        return "No throughput estimate: no layout of this system holds the weights and one user's cache.";
    }
}
