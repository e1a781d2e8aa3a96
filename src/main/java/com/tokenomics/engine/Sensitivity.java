package com.tokenomics.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A tornado: each finance and throughput input moved down and up by the same fraction, the others held, and the
 * cost per million tokens at each end, largest swing first.
 */
public final class Sensitivity {

    /** The inputs a tornado moves: what hardware, money and throughput cost, not what the workload is. */
    public static final List<Variable> INPUTS = List.of(Variable.TOKENS_PER_SECOND, Variable.UTILIZATION,
            Variable.PRICE_PER_RACK_USD, Variable.POWER_PER_RACK_KW, Variable.WACC, Variable.DEPRECIATION_YEARS,
            Variable.ELECTRICITY_USD_PER_KWH, Variable.PUE, Variable.HOSTING_USD_PER_KW_MONTH);

    public record Bar(Variable variable, double baseValue, double lowValue, double highValue,
            double usdPerMillionTokensAtLow, double usdPerMillionTokensAtHigh, double swingUsdPerMillionTokens) {
    }

    public record Tornado(double baseUsdPerMillionTokens, double deltaFraction, List<Bar> bars) {
    }

    private Sensitivity() {
    }

    /** The tornado, or empty when the scenario has no cost per token to move. */
    public static Optional<Tornado> analyze(Scenario scenario, double deltaFraction) {
        Evaluation base = Evaluator.evaluate(scenario);
        if (base.unitEconomics() == null) {
            return Optional.empty();
        }
        Scenario fixed = withThroughputFixed(scenario, base);
        List<Bar> bars = new ArrayList<>(INPUTS.size());
        for (Variable variable : INPUTS) {
            double value = variable.valueIn(fixed);
            if (Double.isNaN(value) || value == 0) {
                continue;
            }
            double low = bounded(variable, Variable.stepValue(value * (1 - deltaFraction)));
            double high = bounded(variable, Variable.stepValue(value * (1 + deltaFraction)));
            double costLow = costPerMillion(variable.apply(fixed, low));
            double costHigh = costPerMillion(variable.apply(fixed, high));
            bars.add(new Bar(variable, value, low, high, costLow, costHigh, Math.abs(costHigh - costLow)));
        }
        bars.sort(Comparator.comparingDouble(Bar::swingUsdPerMillionTokens).reversed());
        return Optional.of(new Tornado(base.unitEconomics().usdPerMillionTokens(), deltaFraction, List.copyOf(bars)));
    }

    /** An estimated throughput is held at its estimate, so that only the input moved changes the cost. */
    private static Scenario withThroughputFixed(Scenario scenario, Evaluation base) {
        ThroughputInput throughput = scenario.deployment().throughput();
        if (throughput == null || throughput.kind() != ThroughputInput.Kind.ESTIMATE) {
            return scenario;
        }
        // "max" users are the estimate's choice: hold them too.
        return scenario.withWorkload(scenario.workload().withUsers(base.estimate().users()))
                .withDeployment(scenario.deployment().withInstances((int) base.estimate().instances())
                        .withThroughput(ThroughputInput.total(base.estimate().outputTokensPerSecond(),
                                ThroughputInput.ESTIMATED)));
    }

    /** Utilization cannot pass 1, nor PUE fall below 1. */
    private static double bounded(Variable variable, double value) {
        return switch (variable) {
            case UTILIZATION -> Math.min(1, value);
            case PUE -> Math.max(1, value);
            default -> value;
        };
    }

    private static double costPerMillion(Scenario scenario) {
        return Evaluator.evaluate(scenario).unitEconomics().usdPerMillionTokens();
    }
}
