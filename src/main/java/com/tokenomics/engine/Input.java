package com.tokenomics.engine;

/**
 * A scenario input a warning or an error is about, in the engine's own words: each door names it its own way (the
 * API by JSON pointer), and the engine knows none of them.
 */
public enum Input {
    /** The amount of work, users and tokens alike: what to cut when a scenario is too large. */
    WORKLOAD,
    RACKS,
    /** The deployment's throughput: given as a total or a per-chip rate, or estimated. */
    TOKENS_PER_SECOND,
    CAPEX_BASIS,
    PRICE_PER_RACK_USD,
    POWER_PER_RACK_KW,
    MARKET
}
