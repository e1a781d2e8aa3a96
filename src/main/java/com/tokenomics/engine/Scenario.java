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
}
