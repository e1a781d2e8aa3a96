package com.tokenomics.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web calculator's address for a scenario: {@code <base>/?<flat parameters>}, the parameters of
 * {@code GET /v1/evaluate}, which the page reads too. The base is {@code tokenomics.public-url} when set, else the
 * address the request came to (behind API Gateway: {@code X-Forwarded-Proto} and {@code Host}).
 */
public final class CalculatorLink {

    /** A host name or IPv4/IPv6 literal with an optional port; anything else in a Host header is not trusted. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?");
    private static final int HIGHEST_PORT = 65_535;

    public static Optional<String> base(Optional<String> configured, String forwardedProto, String forwardedHost,
            String host, String requestScheme) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Optional.of(configured.get().trim().replaceAll("/+$", ""));
        }
        String chosenHost = first(forwardedHost).orElse(first(host).orElse(null));
        String scheme = first(forwardedProto).orElse(requestScheme == null ? "" : requestScheme)
                .toLowerCase(Locale.ROOT);
        Matcher address = chosenHost == null ? null : HOST.matcher(chosenHost);
        if (address == null || !address.matches()
                || address.group(1) != null && Integer.parseInt(address.group(1)) > HIGHEST_PORT
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + chosenHost);
    }

    static String url(String base, Map<String, String> parameters) {
        return base + "/?" + parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The first of a comma-separated header's values (proxies append theirs), if any. */
    private static Optional<String> first(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(header.split(",", 2)[0].trim()).filter(value -> !value.isEmpty());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private CalculatorLink() {
    }
}
