package com.tokenomics.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.scenario.ParameterTable.Kind;
import com.tokenomics.scenario.ParameterTable.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario as flat query parameters (for links, badges, embeds and Slack): each parameter names one field of
 * {@link ScenarioRequest}. The result is the same JSON a POST would carry, so both doors share every check.
 */
public final class QueryParameters {

    /** Query name → JSON pointer of the field it sets, in the order of the request's fields. */
    public static final Map<String, String> FIELDS = ParameterTable.queryFields();

    /** Builds the request JSON, or throws with every unknown or unreadable parameter. */
    static JsonNode toJson(Map<String, List<String>> parameters) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> nameOfPointer = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String pointer = FIELDS.get(name);
            if (pointer == null) {
                errors.add(new FieldError("?" + Text.clip(name), "is not a scenario parameter."
                        + Suggestions.didYouMean(name, FIELDS.keySet())));
                continue;
            }
            List<String> values = parameter.getValue();
            if (values.size() != 1) {
                errors.add(new FieldError(pointer, "query parameter " + name + " is given " + values.size()
                        + " times; give it once."));
                continue;
            }
            String other = nameOfPointer.putIfAbsent(pointer, name);
            if (other != null) {
                // context and contextTokens (or price and usdPerMillionTokens) name one field: which would win?
                errors.add(new FieldError(pointer, "query parameters " + other + " and " + name
                        + " set the same field; give one of them."));
                continue;
            }
            String value = values.get(0).trim();
            ObjectNode parent = parentOf(root, pointer);
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            Parameter declared = ParameterTable.byQueryName(name).orElseThrow();
            // A number that also takes a word (users=max) sends the word as it is.
            if (declared.kind() == Kind.TEXT || declared.kind() == Kind.NUMBER
                    && declared.choices().stream().anyMatch(value::equalsIgnoreCase)) {
                parent.put(field, value);
            } else if (declared.kind() == Kind.BOOLEAN) {
                if (!value.equals("true") && !value.equals("false")) {
                    errors.add(new FieldError(pointer, "query parameter " + name + " must be true or false; got \""
                            + Text.clip(value) + "\"."));
                }
                parent.put(field, Boolean.parseBoolean(value));
            } else {
                try {
                    parent.put(field, Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(pointer, "query parameter " + name + " must be a number; got \""
                            + Text.clip(value) + "\"."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return root;
    }

    private static ObjectNode parentOf(ObjectNode root, String pointer) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    private QueryParameters() {
    }
}
