package com.tokenomics.scenario;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The web calculator's address for a scenario: {@code <base>/?<flat parameters>}, the parameters of
 * {@code GET /v1/evaluate}, which the page reads too. The base is this site's address ({@code SiteAddress}).
 */
public final class CalculatorLink {

    public static String url(String base, Map<String, String> parameters) {
        return base + "/?" + parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private CalculatorLink() {
    }
}
