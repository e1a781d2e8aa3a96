package com.tokenomics.scenario;

import com.tokenomics.catalog.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects, while a request is read, every error (so a caller sees all of them at once), every value used with its
 * origin (the response's {@code assumptions}) and the warnings about those values. Invalid numbers read as NaN
 * and never reach the engine: the mapper throws before it builds a scenario.
 */
final class Inputs {

    private final List<FieldError> errors = new ArrayList<>();
    private final List<Assumption> assumptions = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    /** The given value, else the first fallback that has one; an error when there is none. */
    double required(Double given, String field, Limit limit, Fallback... fallbacks) {
        Double value = optional(given, field, limit, fallbacks);
        if (value == null) {
          error(field, "is required: " + limit.describe() + ".");
            return Double.NaN;
        }
        return value;
    }

    /** The given value, else the first fallback that has one, else null. */
    Double optional(Double given, String field, Limit limit, Fallback... fallbacks) {
        if (given != null) {
            return check(given, field, limit, null);
        }
        for (Fallback fallback : fallbacks) {
            if (fallback.value() != null) {
                return check(((Number) fallback.value()).doubleValue(), field, limit, fallback);
            }
        }
        return null;
    }

    /** Records a text value: given by the caller, or the fallback's. */
    String text(String given, String field, Fallback fallback) {
        if (given != null) {
            assumptions.add(new Assumption(field, given, null, Assumption.GIVEN, null, null, null));
            return given;
        }
        assumptions.add(fallback.assumption(field, null));
        return (String) fallback.value();
    }

    void structure(String field, Object value, Fallback origin) {
        assumptions.add(new Fallback(value, origin.origin(), origin.source(), origin.asOf(), origin.confidence())
                .assumption(field, null));
    }

    private double check(double value, String field, Limit limit, Fallback fallback) {
        if (!limit.allows(value)) {
            String from = fallback == null ? "" : " (the " + fallback.origin() + " value)";
            String got = Double.isInfinite(value) ? "a number beyond what a double holds (±1.8e308)"
                    : Limit.format(value);
          error(field, "must be " + limit.describe() + "; got " + got + from + ".");
            return Double.NaN;
        }
        assumptions.add(fallback == null
                ? new Assumption(field, value, limit.unit(), Assumption.GIVEN, null, null, null)
                : fallback.assumption(field, limit.unit()));
        return value;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void warn(String code, String field, String message) {
        warnings.add(new Warning(code, field, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    List<Assumption> assumptions() {
        return List.copyOf(assumptions);
    }

    /** The warnings so far, plus one naming every unverified value used. */
    List<Warning> warnings() {
        List<String> unverified = assumptions.stream()
                .filter(assumption -> Provenance.UNVERIFIED.equals(assumption.confidence()))
                .map(Assumption::field)
                .toList();
        if (unverified.isEmpty()) {
            return List.copyOf(warnings);
        }
        List<Warning> all = new ArrayList<>(warnings);
        all.add(new Warning("UNVERIFIED_VALUES", null, "The result uses values not verified against a primary "
                + "source: " + String.join(", ", unverified) + ". See assumptions for their sources; give your "
                + "own to replace them."));
        return List.copyOf(all);
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
