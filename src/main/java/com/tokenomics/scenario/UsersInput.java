package com.tokenomics.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * {@code workload.users}: a count, or "max" for as many as memory and the latency targets allow. Anything else is
 * kept as written, for the mapper to refuse with the field's own message.
 *
 * @param count   the number given, or null
 * @param max     "max" was given
 * @param invalid what was given instead of a number or "max", or null
 */
public record UsersInput(Double count, boolean max, String invalid) {

    static final String MAX = "max";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static UsersInput of(JsonNode node) {
        if (node.isNumber()) {
            return new UsersInput(node.doubleValue(), false, null);
        }
        if (node.isTextual() && MAX.equals(node.textValue().trim().toLowerCase(Locale.ROOT))) {
            return new UsersInput(null, true, null);
        }
        return new UsersInput(null, false, node.isTextual() ? "\"" + node.textValue() + "\"" : node.toString());
    }

    public static UsersInput count(double users) {
        return new UsersInput(users, false, null);
    }
}
