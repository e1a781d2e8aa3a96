package com.tokenomics.engine;

/** One complete question to the engine. {@code market} is null when no price is to be checked. */
public record Scenario(
        Model model,
        Workload workload,
        PrecisionChoice precision,
        Hardware hardware,
        Deployment deployment,
        Finance finance,
        Market market) {

    Scenario withWorkload(Workload workload) {
        return new Scenario(model, workload, precision, hardware, deployment, finance, market);
    }

    Scenario withHardware(Hardware hardware) {
        return new Scenario(model, workload, precision, hardware, deployment, finance, market);
    }

    Scenario withDeployment(Deployment deployment) {
        return new Scenario(model, workload, precision, hardware, deployment, finance, market);
    }

    Scenario withFinance(Finance finance) {
        return new Scenario(model, workload, precision, hardware, deployment, finance, market);
    }

    Scenario withMarket(Market market) {
        return new Scenario(model, workload, precision, hardware, deployment, finance, market);
    }
}
