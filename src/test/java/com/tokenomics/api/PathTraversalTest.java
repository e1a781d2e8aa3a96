package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths with dot segments, plain or encoded (once or twice), or with encoded slashes and backslashes are no address
 * of this site: 404, rather than the page or a file found at the decoded, normalized path.
 */
@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // raw request targets need the server
class PathTraversalTest {

    private static String get(String target) {
        return RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/%2e%2e/index.html", "/v1/%2E%2E/index.html", "/v1/.%2e/index.html",
        "/v1/%2e./index.html", "/v1/..%2findex.html", "/v1/%2e%2e%2findex.html", "/v1%2f..%2findex.html",
        "/v1/%252e%252e/index.html", "/v1/%25252e%25252e/index.html", "/%2e/index.html", "/v1/../index.html",
        "/./index.html", "/v1/catalog/%2e%2e/catalog/models", "/embed/%2e%2e/", "/v1/..%5cindex.html",
        "/v1/%c0%ae%c0%ae/index.html", "/webjars/chart.js/4.5.1/dist/%2e%2e/package.json",
        "/%2e%2e/%2e%2e/etc/passwd", "/v1/%2e%2e", "/v1/..", "/v1/..;/index.html", "/v1/.;/index.html"})
    void shouldNotServeAPathWithDotSegmentsOrEncodedSeparators(String target) {
        String answer = get(target);

        assertThat(answer).startsWith("HTTP/1.1 404").contains("application/problem+json")
                .doesNotContain("<!doctype html>").doesNotContain("\"items\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/embed?model=llama-3.1-70b", "/v1/catalog/models",
        "/v1/evaluate?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000&modelName=a%2e%2e%2fb"})
    void shouldServeAddressesWithoutThem(String target) {
        assertThat(get(target)).startsWith("HTTP/1.1 200");
    }
}
