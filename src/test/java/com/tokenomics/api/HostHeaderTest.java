package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.HttpLayerFailures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9112 §3.2: exactly one Host, naming a host. The widget page, cached publicly, writes its own address into its
 * oEmbed discovery link: a second or odd Host must not become that address.
 */
@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // API Gateway always sends one valid Host
class HostHeaderTest {

    private static String get(String hostLines) {
        return RawHttp.send("GET /embed?model=llama-3.1-70b&users=64 HTTP/1.1\r\n" + hostLines
                + "Connection: close\r\n\r\n");
    }

    @Test
    void shouldRejectDuplicateHost() {
        String answer = get("Host: evil.example\r\nHost: 127.0.0.1\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .endsWith(HttpLayerFailures.BAD_HOST).doesNotContain("evil.example");
    }

    @Test
    void shouldRejectTheSameHostGivenTwice() {
        assertThat(get("Host: localhost\r\nhost: localhost\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void shouldRejectDuplicateHostOnHttp10() {
        String answer = RawHttp.send("GET /embed HTTP/1.0\r\nHost: evil.example\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.0 400").endsWith(HttpLayerFailures.BAD_HOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":80", "a,b", "evil.example, localhost", "a;b", "a%20b", "evil.example/x",
        "user@evil.example", "localhost:", "localhost:0", "localhost:65536", "localhost:8o", "<script>", "[::1",
        "a b", "évil.example", "\"localhost\""})
    void shouldRejectAHostThatIsNotAnAddress(String host) {
        String answer = get("Host: " + host + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").endsWith(HttpLayerFailures.BAD_HOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/embed", "https://evil.example/embed", "http://localhost@evil.example/",
        "HTTP://evil.example"})
    void shouldRejectAnAbsoluteTargetNamingAnotherHost(String target) {
        String answer = RawHttp.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").endsWith(HttpLayerFailures.BAD_HOST);
    }

    @Test
    void shouldServeAnAbsoluteTargetNamingTheHost() {
        String answer = RawHttp.send("GET http://localhost/embed?model=llama-3.1-70b HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 200").contains("href=\"http://localhost/oembed?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1:8080", "[::1]:8080", "calc.example", "calc.example.:443",
        "my_host"})
    void shouldAcceptAHostNameOrAddressWithAPort(String host) {
        assertThat(get("Host: " + host + "\r\n")).startsWith("HTTP/1.1 200");
    }
}
