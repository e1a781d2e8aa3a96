package com.tokenomics.scenario;

/**
 * Something the caller should know about a result, as the API writes it: the engine's warnings and those of the
 * request's resolution (catalog values, benchmarks). {@code field} is the JSON pointer of the request field the
 * warning is about, or null.
 */
public record Warning(String code, String field, String message) {

    /** The engine's warning, its input named by the request field it comes from. */
    static Warning of(com.tokenomics.engine.Warning engine) {
        return new Warning(engine.code(), EngineFields.pointer(engine.input()), engine.message());
    }
}
