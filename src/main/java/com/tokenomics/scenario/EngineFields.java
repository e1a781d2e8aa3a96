package com.tokenomics.scenario;

import com.tokenomics.engine.Input;

/**
 * The engine's inputs as the API names them: the JSON pointer of the request field each one is read from. The one
 * place that ties the engine's words to the request's shape, so that the engine keeps no JSON pointer of its own.
 */
public final class EngineFields {

    private EngineFields() {
    }

    /** The JSON pointer of the request field the engine input comes from. */
    public static String pointer(Input input) {
        return switch (input) {
            case WORKLOAD -> "/workload";
            case RACKS -> "/deployment/racks";
            case TOKENS_PER_SECOND -> "/deployment/tokensPerSecond";
            case CAPEX_BASIS -> "/deployment/capexBasis";
            case PRICE_PER_RACK_USD -> "/system/pricePerRackUsd";
            case POWER_PER_RACK_KW -> "/system/powerPerRackKw";
            case MARKET -> "/market";
        };
    }
}
