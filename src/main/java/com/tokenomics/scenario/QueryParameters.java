package com.tokenomics.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario as flat query parameters (for links, badges, embeds and Slack): each parameter names one field of
 * {@link ScenarioRequest}. The result is the same JSON a POST would carry, so both doors share every check.
 */
public final class QueryParameters {

    /** Parameter name → JSON pointer of the field it sets, in the order of the request's fields. */
    public static final Map<String, String> FIELDS = fields();

    private static final Set<String> TEXT_FIELDS = Set.of("/model/id", "/system/id", "/deployment/throughputReference",
            "/market/priceId", "/deployment/throughputMethod", "/model/name", "/system/name", "/system/rackUnit",
            "/precision/weights", "/precision/kvCache", "/deployment/capexBasis", "/finance/preset",
            "/model/attention/type", "/deployment/servingStack");
    private static final String USERS = "/workload/users";
    private static final Set<String> BOOLEAN_FIELDS = Set.of("/deployment/fillRacks");

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("model", "/model/id");
        fields.put("system", "/system/id");
        fields.put("throughputReference", "/deployment/throughputReference");
        fields.put("priceId", "/market/priceId");
        for (String name : List.of("name", "parameters", "activeParameters", "layers", "hiddenSize",
                "attentionHeads", "kvHeads", "headDim")) {
            fields.put(name.equals("name") ? "modelName" : name, "/model/" + name);
        }
        fields.put("attention", "/model/attention/type");
        fields.put("kvLoraRank", "/model/attention/kvLoraRank");
        fields.put("qkRopeHeadDim", "/model/attention/qkRopeHeadDim");
        fields.put("users", "/workload/users");
        fields.put("context", "/workload/contextTokens");
        fields.put("contextTokens", "/workload/contextTokens");
        fields.put("input", "/workload/inputTokens");
        fields.put("inputTokens", "/workload/inputTokens");
        fields.put("output", "/workload/outputTokens");
        fields.put("outputTokens", "/workload/outputTokens");
        fields.put("targetTimePerOutputTokenMs", "/workload/targetTimePerOutputTokenMs");
        fields.put("targetTokensPerSecondPerUser", "/workload/targetTokensPerSecondPerUser");
        fields.put("targetTimeToFirstTokenMs", "/workload/targetTimeToFirstTokenMs");
        fields.put("weights", "/precision/weights");
        fields.put("kvCache", "/precision/kvCache");
        fields.put("weightsBytes", "/precision/weightsBytes");
        fields.put("kvCacheBytes", "/precision/kvCacheBytes");
        fields.put("systemName", "/system/name");
        for (String name : List.of("rackUnit", "memoryPerChipGiB", "sramPerChipGiB", "chipsPerRack",
                "powerPerRackKw", "pricePerRackUsd", "memoryBandwidthTBps", "peakTflops", "scaleUpDomainChips",
                "scaleUpBandwidthGBps")) {
            fields.put(name, "/system/" + name);
        }
        for (String name : List.of("instances", "racks", "tokensPerSecond", "throughputMethod", "capexBasis",
                "fillRacks", "runtimeReserveFraction", "chipsPerInstance", "tensorParallel", "expertParallel",
                "pipelineParallel", "servingStack")) {
            fields.put(name, "/deployment/" + name);
        }
        for (String name : List.of("preset", "depreciationYears", "wacc", "electricityUsdPerKwh", "pue",
                "hostingUsdPerKwMonth", "utilization", "averagePowerFraction")) {
            fields.put(name, "/finance/" + name);
        }
        fields.put("price", "/market/usdPerMillionTokens");
        for (String name : List.of("usdPerMillionTokens", "inputUsdPerMillionTokens", "outputUsdPerMillionTokens",
                "inputTokenShare")) {
            fields.put(name, "/market/" + name);
        }
        return Collections.unmodifiableMap(fields);
    }

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
            if (TEXT_FIELDS.contains(pointer) || pointer.equals(USERS) && value.equalsIgnoreCase(UsersInput.MAX)) {
                parent.put(field, value);
            } else if (BOOLEAN_FIELDS.contains(pointer)) {
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
