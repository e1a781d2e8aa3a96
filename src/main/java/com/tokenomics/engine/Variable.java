package com.tokenomics.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A scenario input that sweeps and sensitivity analyses vary: how to read it and how to set it. */
public enum Variable {
    USERS {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.workload().users();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Workload workload = scenario.workload();
            return withWorkload(scenario, new Workload(Math.round(value), workload.inputTokens(),
                    workload.outputTokens()), true);
        }
    },
    /** Tokens held per user; a workload with generated tokens keeps its input : output ratio. */
    CONTEXT_TOKENS {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.workload().contextTokens();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Workload workload = scenario.workload();
            long context = Math.max(1, Math.round(value));
            long input = workload.outputTokens() == 0 ? context
                    : Math.max(1, Math.round(context * (double) workload.inputTokens() / workload.contextTokens()));
            return withWorkload(scenario, new Workload(workload.users(), input, Math.max(0, context - input)), false);
        }
    },
    UTILIZATION {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.finance().utilization();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Finance f = scenario.finance();
            return with(scenario, new Finance(f.depreciationYears(), f.wacc(), f.electricityUsdPerKwh(), f.pue(),
                    f.hostingUsdPerKwMonth(), value, f.averagePowerFraction()));
        }
    },
    WACC {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.finance().wacc();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Finance f = scenario.finance();
            return with(scenario, new Finance(f.depreciationYears(), value, f.electricityUsdPerKwh(), f.pue(),
                    f.hostingUsdPerKwMonth(), f.utilization(), f.averagePowerFraction()));
        }
    },
    DEPRECIATION_YEARS {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.finance().depreciationYears();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Finance f = scenario.finance();
            return with(scenario, new Finance(value, f.wacc(), f.electricityUsdPerKwh(), f.pue(),
                    f.hostingUsdPerKwMonth(), f.utilization(), f.averagePowerFraction()));
        }
    },
    ELECTRICITY_USD_PER_KWH {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.finance().electricityUsdPerKwh();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Finance f = scenario.finance();
            return with(scenario, new Finance(f.depreciationYears(), f.wacc(), value, f.pue(),
                    f.hostingUsdPerKwMonth(), f.utilization(), f.averagePowerFraction()));
        }
    },
    PUE {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.finance().pue();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Finance f = scenario.finance();
            return with(scenario, new Finance(f.depreciationYears(), f.wacc(), f.electricityUsdPerKwh(), value,
                    f.hostingUsdPerKwMonth(), f.utilization(), f.averagePowerFraction()));
        }
    },
    HOSTING_USD_PER_KW_MONTH {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.finance().hostingUsdPerKwMonth();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Finance f = scenario.finance();
            return with(scenario, new Finance(f.depreciationYears(), f.wacc(), f.electricityUsdPerKwh(), f.pue(),
                    value, f.utilization(), f.averagePowerFraction()));
        }
    },
    PRICE_PER_RACK_USD {
        @Override
        public double valueIn(Scenario scenario) {
            Double price = scenario.hardware().pricePerRackUsd();
            return price == null ? Double.NaN : price;
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Hardware h = scenario.hardware();
            return with(scenario, new Hardware(h.name(), h.rackUnit(), h.hbmPerChipGiB(), h.sramPerChipGiB(),
                    h.chipsPerRack(), h.powerPerRackKw(), value, h.memoryBandwidthTBps(), h.peakTflops()));
        }
    },
    POWER_PER_RACK_KW {
        @Override
        public double valueIn(Scenario scenario) {
            Double power = scenario.hardware().powerPerRackKw();
            return power == null ? Double.NaN : power;
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Hardware h = scenario.hardware();
            return with(scenario, new Hardware(h.name(), h.rackUnit(), h.hbmPerChipGiB(), h.sramPerChipGiB(),
                    h.chipsPerRack(), value, h.pricePerRackUsd(), h.memoryBandwidthTBps(), h.peakTflops()));
        }
    },
    /** The given throughput: a deployment total or a per-chip rate, whichever the scenario has. */
    TOKENS_PER_SECOND {
        @Override
        public double valueIn(Scenario scenario) {
            ThroughputInput throughput = scenario.deployment().throughput();
            return throughput == null || throughput.kind() == ThroughputInput.Kind.ESTIMATE ? Double.NaN
                    : throughput.tokensPerSecond();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            ThroughputInput throughput = scenario.deployment().throughput();
            ThroughputInput changed = throughput != null && throughput.kind() == ThroughputInput.Kind.PER_CHIP
                    ? ThroughputInput.perChip(value, throughput.source())
                    : ThroughputInput.total(value, throughput == null ? Throughput.GIVEN : throughput.source());
            Deployment d = scenario.deployment();
            return with(scenario, new Deployment(d.instances(), d.racks(), changed, d.capexBasis(), d.fillRacks(),
                    d.runtimeReserveFraction()));
        }
    },
    MARKET_USD_PER_MILLION_TOKENS {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.market() == null ? Double.NaN : scenario.market().blendedUsdPerMillionTokens();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            return new Scenario(scenario.model(), scenario.workload(), scenario.precision(), scenario.hardware(),
                    scenario.deployment(), scenario.finance(), Market.blended(value));
        }
    },
    INSTANCES {
        @Override
        public double valueIn(Scenario scenario) {
            return scenario.deployment().instances();
        }

        @Override
        public Scenario apply(Scenario scenario, double value) {
            Deployment d = scenario.deployment();
            return with(scenario, new Deployment((int) Math.round(value), d.racks(), d.throughput(), d.capexBasis(),
                    d.fillRacks(), d.runtimeReserveFraction()));
        }
    };

    /** The value in the scenario, NaN when the scenario has none (no price, no given throughput …). */
    public abstract double valueIn(Scenario scenario);

    public abstract Scenario apply(Scenario scenario, double value);

    /**
     * The scenario with another workload; an estimate follows it: new request lengths become its means, and users
     * set by the sweep replace a "max" the estimator would otherwise choose.
     */
    private static Scenario withWorkload(Scenario s, Workload workload, boolean usersSet) {
        Deployment d = s.deployment();
        ThroughputInput throughput = d.throughput();
        if (throughput != null && throughput.kind() == ThroughputInput.Kind.ESTIMATE) {
            Serving serving = throughput.serving();
            if (workload.inputTokens() != s.workload().inputTokens()
                    || workload.outputTokens() != s.workload().outputTokens()) {
                serving = serving.withMeanTokens(workload.inputTokens(), workload.outputTokens());
            }
            if (usersSet) {
                serving = serving.withMaxUsers(false);
            }
            d = new Deployment(d.instances(), d.racks(), ThroughputInput.estimated(throughput.calibration(), serving),
                    d.capexBasis(), d.fillRacks(), d.runtimeReserveFraction());
        }
        return new Scenario(s.model(), workload, s.precision(), s.hardware(), d, s.finance(), s.market());
    }

    private static Scenario with(Scenario s, Finance finance) {
        return new Scenario(s.model(), s.workload(), s.precision(), s.hardware(), s.deployment(), finance, s.market());
    }

    private static Scenario with(Scenario s, Hardware hardware) {
        return new Scenario(s.model(), s.workload(), s.precision(), hardware, s.deployment(), s.finance(), s.market());
    }

    private static Scenario with(Scenario s, Deployment deployment) {
        return new Scenario(s.model(), s.workload(), s.precision(), s.hardware(), deployment, s.finance(), s.market());
    }

    /**
     * A value reached by steps (0.5 + 0.1 × 1, 0.6 × (1 − 0.9)) to 15 significant digits: what a person would have
     * typed, 0.6 and 0.06, instead of the binary sums' 0.6000000000000001 and 0.05999999999999999.
     */
    public static double stepValue(double computed) {
        if (!Double.isFinite(computed) || computed == 0) {
            return computed;
        }
        return BigDecimal.valueOf(computed).round(FIFTEEN_DIGITS).doubleValue();
    }

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
}
