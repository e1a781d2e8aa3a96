package com.tokenomics.api;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One case of the bad-input corpus (src/test/resources/bad-input/cases.jsonl, one JSON object a line), with the
 * request it describes. The body is given in one of these ways:
 * <ul>
 * <li>{@code body}: the text as it is;</li>
 * <li>{@code bodyBase64}: bytes that are not UTF-8 text;</li>
 * <li>{@code generate}: {@code prefix} + {@code repeat} × {@code times} + {@code suffix}, for big bodies;</li>
 * <li>{@code scenario}, {@code rawScenario}, {@code remove}: the base scenario (base-scenario.json) with the value at
 * each JSON pointer set to a JSON value, set to raw text that JSON values cannot express (NaN, 1e400), or removed.</li>
 * </ul>
 * {@code status} is the exact status expected (any 4xx when absent); {@code problem: false} marks a request the
 * HTTP server refuses before the application, whose answer is not a problem document, and {@code why} says so.
 */
record BadInput(String name, String method, String path, String contentType, String accept, byte[] body,
        Integer status, boolean problem, String why) {

    private static final String DIRECTORY = "bad-input/";

    /** Escapes every non-ASCII character, so that lone surrogates reach the server as the JSON escapes they are. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static List<BadInput> all() {
        JsonNode base = read("base-scenario.json").get(0);
        List<BadInput> cases = new ArrayList<>();
        for (JsonNode line : read("cases.jsonl")) {
            cases.add(new BadInput(line.get("name").asText(), line.get("method").asText(), line.get("path").asText(),
                    text(line, "contentType"), text(line, "accept"), body(line, base),
                    line.has("status") ? line.get("status").asInt() : null,
                    !line.has("problem") || line.get("problem").asBoolean(), text(line, "why")));
        }
        return cases;
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<JsonNode> read(String file) {
        try (InputStream in = BadInput.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIRECTORY + file);
            }
            List<JsonNode> values = new ArrayList<>();
            JSON.readerFor(JsonNode.class).readValues(in).forEachRemaining(value -> values.add((JsonNode) value));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode line, String field) {
        return line.hasNonNull(field) ? line.get(field).asText() : null;
    }

    private static byte[] body(JsonNode line, JsonNode base) {
        if (line.has("body")) {
            return line.get("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (line.has("bodyBase64")) {
            return Base64.getDecoder().decode(line.get("bodyBase64").asText());
        }
        if (line.has("generate")) {
            JsonNode generate = line.get("generate");
            return (generate.get("prefix").asText() + generate.get("repeat").asText().repeat(generate.get("times")
                    .asInt()) + generate.get("suffix").asText()).getBytes(StandardCharsets.UTF_8);
        }
        if (line.has("scenario") || line.has("rawScenario") || line.has("remove")) {
            return scenario(line, base.deepCopy()).getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String scenario(JsonNode line, ObjectNode scenario) {
        for (Iterator<Map.Entry<String, JsonNode>> set = fields(line, "scenario"); set.hasNext();) {
            Map.Entry<String, JsonNode> entry = set.next();
            put(scenario, entry.getKey(), entry.getValue());
        }
        if (line.has("remove")) {
            line.get("remove").forEach(pointer -> parentOf(scenario, pointer.asText()).remove(last(pointer.asText())));
        }
        List<String[]> raw = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> set = fields(line, "rawScenario"); set.hasNext();) {
            Map.Entry<String, JsonNode> entry = set.next();
            String placeholder = "raw-value-" + raw.size();
            put(scenario, entry.getKey(), scenario.textNode(placeholder));
            raw.add(new String[] { "\"" + placeholder + "\"", entry.getValue().asText() });
        }
        String text;
        try {
            text = JSON.writeValueAsString(scenario);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] replacement : raw) {
            text = text.replace(replacement[0], replacement[1]);
        }
        return text;
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode line, String field) {
        return line.has(field) ? line.get(field).fields() : List.<Map.Entry<String, JsonNode>>of().iterator();
    }

    private static void put(ObjectNode scenario, String pointer, JsonNode value) {
        parentOf(scenario, pointer).set(last(pointer), value);
    }

    /** The object holding the pointer's last segment, created as needed (replacing a non-object in the way). */
    private static ObjectNode parentOf(ObjectNode root, String pointer) {
        String[] segments = pointer.substring(1).split("/", -1);
        ObjectNode node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            String segment = unescape(segments[i]);
            node = node.get(segment) instanceof ObjectNode child ? child : node.putObject(segment);
        }
        return node;
    }

    private static String last(String pointer) {
        return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
