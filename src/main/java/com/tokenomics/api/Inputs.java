package com.tokenomics.api;

import com.tokenomics.catalog.SourcedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, while a request is read, every error (so a caller sees all of them at once) and every value used with
 * its origin (the response's {@code assumptions}). Invalid numbers read as NaN and never reach the engine: the
 * mapper throws before it builds a scenario.
 */
final class Inputs {

    private final List<FieldError> errors = new ArrayList<>();
    private final List<Assumption> assumptions = new ArrayList<>();

    double required(Double value, String field, Limit limit) {
        if (value == null) {
            error(field, "is required: " + limit.describe() + ".");
            return Double.NaN;
        }
        return given(value, field, limit);
    }

    Double optional(Double value, String field, Limit limit) {
        return value == null ? null : given(value, field, limit);
    }

    double orDefault(Double value, String field, Limit limit, double defaultValue, String rule) {
        if (value == null) {
            assumptions.add(new Assumption(field, defaultValue, limit.unit(), Assumption.DEFAULT, rule, null, null));
            return defaultValue;
        }
        return given(value, field, limit);
    }

    double orPreset(Double value, String field, Limit limit, SourcedValue preset) {
        if (value == null) {
            assumptions.add(new Assumption(field, preset.value(), limit.unit(), Assumption.PRESET, preset.source(),
                    preset.asOf(), preset.confidence()));
            return preset.value();
        }
        return given(value, field, limit);
    }

    void givenText(String field, String value) {
        assumptions.add(new Assumption(field, value, null, Assumption.GIVEN, null, null, null));
    }

    void defaultText(String field, Object value, String rule) {
        assumptions.add(new Assumption(field, value, null, Assumption.DEFAULT, rule, null, null));
    }

    private double given(double value, String field, Limit limit) {
        if (!limit.allows(value)) {
            error(field, "must be " + limit.describe() + "; got " + Limit.format(value) + ".");
            return Double.NaN;
        }
        assumptions.add(new Assumption(field, value, limit.unit(), Assumption.GIVEN, null, null, null));
        return value;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
    }

    List<Assumption> assumptions() {
        return List.copyOf(assumptions);
    }

    static boolean valid(double... values) {
        for (double value : values) {
            if (Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }
}
