package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.scenario.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The calculator page's share links are GET /v1/evaluate's query parameters: the page's field table
 * (META-INF/resources/fields.js) must name every parameter, with its aliases, and set the same field.
 */
class CalculatorPageFieldsTest {

    private static final Pattern FIELD = Pattern.compile(
            "param: '(\\w+)',(?: aliases: \\[([^\\]]*)\\],)? pointer: '([^']+)'");

    private static Map<String, String> pageParameters() throws IOException {
        String script;
        try (InputStream in = CalculatorPageFieldsTest.class.getResourceAsStream("/META-INF/resources/fields.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> parameters = new HashMap<>();
        Matcher field = FIELD.matcher(script);
        while (field.find()) {
            parameters.put(field.group(1), field.group(3));
            if (field.group(2) != null) {
                for (String alias : field.group(2).replace("'", "").split(",")) {
                    parameters.put(alias.trim(), field.group(3));
                }
            }
        }
        return parameters;
    }

    @Test
    void shouldNameEveryQueryParameterAsTheApiDoes() throws IOException {
        assertThat(pageParameters()).isEqualTo(QueryParameters.FIELDS);
    }
}
