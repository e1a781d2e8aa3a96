package com.tokenomics.scenario;

/**
 * The allowed range and unit of every number a scenario takes: the one place a limit is written. The parameter table,
 * the resolvers' checks and the analyses' ranges all read these.
 */
public final class Limits {

    public static final Limit PARAMETERS = Limit.atLeast(1e6, 1e14, "parameters");
    public static final Limit LAYERS = Limit.whole(1, 10_000, "layers");
    public static final Limit HIDDEN_SIZE = Limit.whole(1, 1_000_000, "dimensions");
    public static final Limit HEADS = Limit.whole(1, 100_000, "heads");
    public static final Limit HEAD_DIM = Limit.whole(1, 100_000, "dimensions");
    public static final Limit LATENT = Limit.whole(0, 1_000_000, "dimensions");
    public static final Limit WINDOW = Limit.whole(1, 1_000_000_000, "tokens");
    public static final int MAX_LAYER_GROUPS = 64;
    public static final Limit USERS = Limit.whole(1, 100_000_000, "users");
    public static final Limit CONTEXT = Limit.whole(1, 1_000_000_000, "tokens");
    public static final Limit OUTPUT_TOKENS = Limit.whole(0, 1_000_000_000, "tokens");
    /** Mean request lengths may be fractional (a benchmark's 294.45); memory is sized on whole tokens. */
    public static final Limit MEAN_INPUT_TOKENS = Limit.atLeast(1, 1_000_000_000, "tokens");
    public static final Limit MEAN_OUTPUT_TOKENS = Limit.zeroOrAtLeast(0.01, 1_000_000_000, "tokens");
    public static final double PARALLEL_DEGREE_MAX = 100_000;
    public static final Limit PARALLEL_DEGREE = Limit.whole(1, (long) PARALLEL_DEGREE_MAX, "chips");
    public static final Limit PIPELINE_STAGES = Limit.whole(1, (long) PARALLEL_DEGREE_MAX, "stages");
    public static final Limit SCALE_UP_DOMAIN = Limit.whole(1, 1_000_000, "chips");
    public static final Limit LINK_BANDWIDTH = Limit.atLeast(0.001, 1_000_000, "GB/s per chip and direction");
    // Every quantity that something is divided by, or that divides, has a smallest positive value far below any real
    // one: "above 0" let 4.9e-324 kW through, and tokens per dollar per watt overflowed to infinity. Where 0 means
    // "free" or "none" it stays allowed; RangeCornersTest runs the engine at the ends of every range.
    public static final Limit BYTES_PER_ELEMENT = Limit.atLeast(0.01, 16, "bytes per element");
    public static final Limit MEMORY_PER_CHIP = Limit.zeroOrAtLeast(0.001, 1_000_000, "GiB");
    public static final Limit CHIPS_PER_RACK = Limit.whole(1, 1_000_000, "chips");
    public static final Limit POWER_PER_RACK = Limit.atLeast(0.001, 100_000, "kW");
    public static final Limit PRICE_PER_RACK = Limit.zeroOrAtLeast(0.01, 1e12, "USD");
    public static final Limit BANDWIDTH = Limit.atLeast(0.001, 1_000_000, "TB/s");
    public static final Limit TFLOPS = Limit.atLeast(0.001, 1e9, "TFLOPS");
    public static final Limit INSTANCES = Limit.whole(1, 1_000_000, "instances");
    public static final Limit RACKS = Limit.whole(1, 10_000_000, "racks");
    public static final Limit TOKENS_PER_SECOND = Limit.atLeast(1e-6, 1e13, "tokens/s");
    public static final Limit TOKENS_PER_SECOND_PER_CHIP = Limit.atLeast(1e-6, 1e13, "tokens/s per chip");
    public static final Limit FRACTION_FROM_ZERO = Limit.atLeast(0, 1, "fraction");
    public static final Limit FRACTION_ABOVE_ZERO = Limit.atLeast(1e-6, 1, "fraction");
    public static final Limit YEARS = Limit.atLeast(1e-3, 50, "years");
    public static final Limit WACC = Limit.atLeast(0, 1, "fraction per year");
    public static final Limit ELECTRICITY = Limit.zeroOrAtLeast(1e-6, 10, "USD/kWh");
    public static final Limit PUE = Limit.atLeast(1, 5, "ratio");
    public static final Limit HOSTING = Limit.zeroOrAtLeast(1e-6, 100_000, "USD/kW-month");
    public static final Limit PRICE_PER_MILLION = Limit.atLeast(1e-9, 1_000_000, "USD per million tokens");

    /** 0.001 ms to 60 s per output token; the tokens-per-second form spans 1,000,000 down to 0.02 (50 s). */
    public static final Limit TARGET_MS = Limit.atLeast(0.001, 60_000, "ms per output token");
    public static final Limit TARGET_TOKENS_PER_SECOND_PER_USER = Limit.atLeast(0.02, 1_000_000, "tokens/s per user");
    public static final Limit TARGET_FIRST_TOKEN_MS = Limit.atLeast(0.001, 3_600_000, "ms to the first token");

    private Limits() {
    }
}
