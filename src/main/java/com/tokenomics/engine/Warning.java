package com.tokenomics.engine;

/** Something the caller should know about a result, and the scenario input it is about. */
public record Warning(String code, Input input, String message) {
}
