package com.tokenomics.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Slack's published Block Kit limits, checked on a reply: what Slack would refuse or cut. Lengths are counted in
 * UTF-16 units, which is never less than Slack's count of characters.
 */
final class SlackLimits {

    private static final int MAX_ACTION_ELEMENTS = 25;

    static List<String> violations(JsonNode reply) {
        List<String> violations = new ArrayList<>();
        if (!Set.of("ephemeral", "in_channel").contains(reply.path("response_type").asText())) {
            violations.add("response_type " + reply.path("response_type"));
        }
        JsonNode blocks = reply.path("blocks");
        if (!blocks.isArray() || blocks.isEmpty() || blocks.size() > 50) {
            violations.add("blocks: " + blocks.size());
        }
        for (JsonNode block : blocks) {
            String type = block.path("type").asText();
            switch (type) {
                case "header" -> {
                    at(violations, block.path("text").path("type").asText().equals("plain_text"), "header type");
                    max(violations, "header", block.path("text").path("text"), 150);
                }
                case "section" -> {
                    if (block.has("text")) {
                        max(violations, "section text", block.path("text").path("text"), 3_000);
                    }
                    JsonNode fields = block.path("fields");
                    at(violations, fields.size() <= 10, "fields: " + fields.size());
                    fields.forEach(field -> max(violations, "field", field.path("text"), 2_000));
                    at(violations, block.has("text") || !fields.isEmpty(), "empty section");
                }
                case "context" -> {
                    JsonNode elements = block.path("elements");
                    at(violations, !elements.isEmpty() && elements.size() <= 10, "context elements: "
                            + elements.size());
                    elements.forEach(element -> max(violations, "context element", element.path("text"), 2_000));
                }
                case "actions" -> {
                    JsonNode elements = block.path("elements");
                    at(violations, !elements.isEmpty() && elements.size() <= MAX_ACTION_ELEMENTS, "actions");
                    for (JsonNode button : elements) {
                        max(violations, "button", button.path("text").path("text"), 75);
                        max(violations, "url", button.path("url"), 3_000);
                    }
                }
                default -> violations.add("unexpected block " + type);
            }
        }
        return violations;
    }

    private static void max(List<String> violations, String what, JsonNode text, int maxChars) {
        if (!text.isTextual() || text.asText().isEmpty() || text.asText().length() > maxChars) {
            violations.add(what + " of " + (text.isTextual() ? text.asText().length() : "no") + " characters");
        }
    }

    private static void at(List<String> violations, boolean holds, String violation) {
        if (!holds) {
            violations.add(violation);
        }
    }

    private SlackLimits() {
    }
}
