package com.tokenomics.api;

import java.util.List;

/** A well-formed request whose values are not allowed; answered with 422 and every error found. */
public class InvalidScenarioException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidScenarioException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidScenarioException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
