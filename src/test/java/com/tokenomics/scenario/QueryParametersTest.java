package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of the table's parameters read from a query as the JSON body would carry it. */
class QueryParametersTest {

    private static JsonNode read(String name, String value) {
        return QueryParameters.toJson(Map.of(name, List.of(value)));
    }

    @Test
    void shouldReadAFlagAsABoolean() {
        assertThat(read("fillRacks", "true").at("/deployment/fillRacks").isBoolean()).isTrue();
    }

    @Test
    void shouldReadANumberAsANumber() {
        assertThat(read("users", "64").at("/workload/users").doubleValue()).isEqualTo(64.0);
    }

    @Test
    void shouldPassTheWordANumberAlsoTakesAsText() {
        assertThat(read("users", "max").at("/workload/users").textValue()).isEqualTo("max");
    }

    @Test
    void shouldPassTextAsText() {
        assertThat(read("modelName", "8k").at("/model/name").textValue()).isEqualTo("8k");
    }
}
