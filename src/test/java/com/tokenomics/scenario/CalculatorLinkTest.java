package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalculatorLinkTest {

    @Test
    void shouldEncodeTheParametersIntoTheQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("model", "llama-3.1-70b");
        parameters.put("modelName", "Llama & friends");

        assertThat(CalculatorLink.url("https://calc.example", parameters))
                .isEqualTo("https://calc.example/?model=llama-3.1-70b&modelName=Llama%20%26%20friends");
    }
}
