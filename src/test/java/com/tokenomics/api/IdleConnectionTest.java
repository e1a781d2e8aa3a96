package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * A connection that sends part of a request and then nothing is closed after the idle timeout: 30 s in production,
 * 1 s here to keep the test short.
 */
@QuarkusTest
@TestProfile(IdleConnectionTest.ShortIdleTimeout.class)
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // no connections of its own behind API Gateway
class IdleConnectionTest {

    private static final int SILENCE_MS = 6_000;

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "1S");
        }
    }

    @Test
    void shouldCloseAConnectionWhoseRequestStopsHalfway() {
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.exchange("GET /v1/catalog/presets HTTP/1.1\r\nHost: localhost\r\nX-Slow: ",
                SILENCE_MS);

        assertThat(answer.closed()).as("closed before %d ms of silence", SILENCE_MS).isTrue();
        assertThat(answer.responses()).isZero();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SILENCE_MS);
    }

    @Test
    void shouldCloseAKeptAliveConnectionThatSendsNothingMore() {
        RawHttp.Answer answer = RawHttp.exchange("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n",
                SILENCE_MS);

        assertThat(answer.text()).startsWith("HTTP/1.1 200");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void shouldCloseIdleConnectionsAfterThirtySecondsInProduction() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdleConnectionTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }

        assertThat(properties.getProperty("quarkus.http.idle-timeout")).isEqualTo("30S");
    }
}
