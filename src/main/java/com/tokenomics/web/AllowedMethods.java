package com.tokenomics.web;

import java.util.Map;
import java.util.Optional;

/**
 * The methods each address of the application takes, for the {@code Allow} header every 405 must carry (RFC 9110
 * §15.5.6). HEAD comes with GET and OPTIONS everywhere (Quarkus answers both). A table rather than a look at the
 * resources' annotations at run time, which a native executable does not keep; AllowedMethodsTest holds it to them.
 */
public final class AllowedMethods {

    /** The Slack command's address, whose callers send signed forms, not JSON. */
    static final String SLACK_COMMANDS = "/slack/commands";

    private static final String READ = "GET, HEAD, OPTIONS";
    private static final String SUBMIT = "POST, OPTIONS";

    public static final Map<String, String> BY_PATH = Map.ofEntries(
            Map.entry("/v1/evaluate", "GET, HEAD, POST, OPTIONS"),
            Map.entry("/v1/compare", SUBMIT),
            Map.entry("/v1/sweep", SUBMIT),
            Map.entry("/v1/sensitivity", SUBMIT),
            Map.entry("/v1/catalog/models", READ),
            Map.entry("/v1/catalog/systems", READ),
            Map.entry("/v1/catalog/throughput", READ),
            Map.entry("/v1/catalog/prices", READ),
            Map.entry("/v1/catalog/presets", READ),
            Map.entry("/v1/parameters", READ),
            Map.entry("/v1/badge.svg", READ),
            Map.entry("/embed", READ),
            Map.entry("/oembed", READ),
            Map.entry("/docs/formulas.md", READ),
            Map.entry(SLACK_COMMANDS, SUBMIT));

    static Optional<String> at(String path) {
        return Optional.ofNullable(BY_PATH.get(path.length() > 1 && path.endsWith("/")
                ? path.substring(0, path.length() - 1) : path));
    }

    private AllowedMethods() {
    }
}
