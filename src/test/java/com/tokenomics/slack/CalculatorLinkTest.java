package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalculatorLinkTest {

    @Test
    void shouldPreferTheConfiguredPublicUrl() {
        assertThat(CalculatorLink.base(Optional.of("https://tokenomics.example/"), "http", "proxy", "host", "http"))
                .contains("https://tokenomics.example");
    }

    @Test
    void shouldTakeTheForwardedProtocolAndHostBehindAProxy() {
        assertThat(CalculatorLink.base(Optional.empty(), "https", null, "abc123.execute-api.eu-central-1.amazonaws.com",
                "http")).contains("https://abc123.execute-api.eu-central-1.amazonaws.com");
        assertThat(CalculatorLink.base(Optional.empty(), "https, http", "calc.example, inner", "host", "http"))
                .contains("https://calc.example");
    }

    @Test
    void shouldTakeTheHostAndSchemeOfTheRequestWithoutAProxy() {
        assertThat(CalculatorLink.base(Optional.empty(), null, null, "localhost:8080", "http"))
                .contains("http://localhost:8080");
    }

    @Test
    void shouldNotTrustAHostHeaderThatIsNotAHost() {
        assertThat(CalculatorLink.base(Optional.empty(), null, null, "evil.example/path?x=", "http")).isEmpty();
        assertThat(CalculatorLink.base(Optional.empty(), "javascript", null, "calc.example", "http")).isEmpty();
        assertThat(CalculatorLink.base(Optional.empty(), null, null, null, "http")).isEmpty();
    }

    @Test
    void shouldNotTrustAPortBeyondTheLast() {
        assertThat(CalculatorLink.base(Optional.empty(), null, null, "calc.example:99999", "http")).isEmpty();
        assertThat(CalculatorLink.base(Optional.empty(), null, null, "calc.example:65535", "http"))
                .contains("http://calc.example:65535");
    }

    @Test
    void shouldEncodeTheParametersIntoTheQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("model", "llama-3.1-70b");
        parameters.put("modelName", "Llama & friends");

        assertThat(CalculatorLink.url("https://calc.example", parameters))
                .isEqualTo("https://calc.example/?model=llama-3.1-70b&modelName=Llama%20%26%20friends");
    }
}
