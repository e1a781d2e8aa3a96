package com.tokenomics.embed;

import com.tokenomics.scenario.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Query parameters of the embed doors: reading the doors' own parameters and writing scenario queries. */
final class QueryText {

    /** The parameter's value; like a scenario parameter, it may be given once at most. */
    static Optional<String> single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new InvalidInputException("?" + name, "query parameter " + name + " is given " + values.size()
                    + " times; give it once.");
        }
        return Optional.of(values.get(0));
    }

    /** {@code a=1&b=x%20y}: each name with its first value, in the map's order. */
    static String encode(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream()
                .flatMap(parameter -> parameter.getValue().stream()
                        .map(value -> encode(parameter.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private QueryText() {
    }
}
