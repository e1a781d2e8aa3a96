package com.tokenomics.scenario;

/** One thing wrong with a request: the JSON pointer of the field and what is allowed there. */
public record FieldError(String field, String message) {
}
