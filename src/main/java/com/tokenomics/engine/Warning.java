package com.tokenomics.engine;

/**
 * Something the caller should know about a result. {@code field} is the JSON pointer of the scenario input the
 * warning is about, or null.
 */
public record Warning(String code, String field, String message) {
}
