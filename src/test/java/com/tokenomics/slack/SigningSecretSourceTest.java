package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secret source against a fake Parameters and Secrets extension on 127.0.0.1, outside Quarkus. */
class SigningSecretSourceTest {

    private static final String ARN = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:tokenomics/slack-AbCdEf";
    private static final String SESSION_TOKEN = "session-token-of-this-instance";

    /** What the fake extension saw: the raw query and the token header of each request. */
    private record Seen(String rawQuery, String token) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private HttpServer extension;
    private int status = 200;
    private String reply = "{\"Name\": \"tokenomics/slack\", \"SecretString\": \"s3cr3t-from-secrets-manager\"}";

    @BeforeEach
    void startExtension() throws IOException {
        extension = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        extension.createContext("/secretsmanager/get", this::answer);
        extension.start();
        environment.put(SigningSecretSource.SECRET_ID_VARIABLE, ARN);
        environment.put(SigningSecretSource.SESSION_TOKEN_VARIABLE, SESSION_TOKEN);
        environment.put(SigningSecretSource.PORT_VARIABLE, String.valueOf(extension.getAddress().getPort()));
    }

    @AfterEach
    void stopExtension() {
        extension.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        seen.add(new Seen(exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst(SigningSecretSource.TOKEN_HEADER)));
        byte[] body = reply.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private SigningSecretSource source(Optional<String> configured) {
        return new SigningSecretSource(configured, environment::get,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(), clock);
    }

    private SigningSecretSource fromExtension() {
        return source(Optional.empty());
    }

    @Test
    void shouldReadTheSecretStringFromTheExtension() {
        assertThat(fromExtension().signingSecret()).isEqualTo("s3cr3t-from-secrets-manager");
    }

    @Test
    void shouldSendTheSessionTokenHeader() {
        fromExtension().signingSecret();

        assertThat(seen).extracting(Seen::token).containsExactly(SESSION_TOKEN);
    }

    @Test
    void shouldUrlEncodeTheArn() {
        fromExtension().signingSecret();

        assertThat(seen).extracting(Seen::rawQuery).containsExactly(
                "secretId=arn%3Aaws%3Asecretsmanager%3Aeu-central-1%3A123456789012%3Asecret%3Atokenomics%2Fslack-AbCdEf");
    }

    @Test
    void shouldUseTheCachedSecretWithinSixtySeconds() {
        SigningSecretSource source = fromExtension();
        source.signingSecret();
        clock.advance(Duration.ofSeconds(59));

        assertThat(source.signingSecret()).isEqualTo("s3cr3t-from-secrets-manager");
        assertThat(seen).hasSize(1);
    }

    @Test
    void shouldAskAgainAfterSixtySeconds() {
        SigningSecretSource source = fromExtension();
        source.signingSecret();
        reply = "{\"SecretString\": \"rotated\"}";
        clock.advance(Duration.ofSeconds(60));

        assertThat(source.signingSecret()).isEqualTo("rotated");
        assertThat(seen).hasSize(2);
    }

    @Test
    void shouldNotAskTheExtensionAtConstruction() {
        fromExtension();

        assertThat(seen).isEmpty();
    }

    @Test
    void shouldReportAFailingExtensionAsNotConfigured() {
        status = 500;
        reply = "{\"message\": \"internal error\"}";

        assertThatThrownBy(() -> fromExtension().signingSecret())
                .isInstanceOf(SlackNotConfiguredException.class)
                .hasMessageContaining("not configured");
    }

    @Test
    void shouldReportAnExtensionThatDoesNotListen() {
        extension.stop(0);

        assertThatThrownBy(() -> fromExtension().signingSecret()).isInstanceOf(SlackNotConfiguredException.class);
    }

    @Test
    void shouldReportAReplyWithoutSecretString() {
        reply = "{\"Name\": \"tokenomics/slack\", \"SecretBinary\": \"AAEC\"}";

        assertThatThrownBy(() -> fromExtension().signingSecret()).isInstanceOf(SlackNotConfiguredException.class);
    }

    @Test
    void shouldReportAReplyThatIsNotJson() {
        reply = "<html>busy</html>";

        assertThatThrownBy(() -> fromExtension().signingSecret()).isInstanceOf(SlackNotConfiguredException.class);
    }

    @Test
    void shouldAskAgainAfterAFailure() {
        SigningSecretSource source = fromExtension();
        status = 503;
        assertThatThrownBy(source::signingSecret).isInstanceOf(SlackNotConfiguredException.class);
        status = 200;

        assertThat(source.signingSecret()).isEqualTo("s3cr3t-from-secrets-manager");
    }

    @Test
    void shouldRefuseWithoutASessionToken() {
        environment.remove(SigningSecretSource.SESSION_TOKEN_VARIABLE);

        assertThatThrownBy(() -> fromExtension().signingSecret()).isInstanceOf(SlackNotConfiguredException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void shouldRefuseAGarbledPort() {
        environment.put(SigningSecretSource.PORT_VARIABLE, "27 73");

        assertThatThrownBy(() -> fromExtension().signingSecret()).isInstanceOf(SlackNotConfiguredException.class);
    }

    @Test
    void shouldPreferTheConfiguredSecret() {
        assertThat(source(Optional.of("configured-secret\n")).signingSecret()).isEqualTo("configured-secret");
        assertThat(seen).isEmpty();
    }

    @Test
    void shouldRefuseWhenNoSecretIsConfigured() {
        environment.clear();

        assertThatThrownBy(() -> source(Optional.of("  ")).signingSecret())
                .isInstanceOf(SlackNotConfiguredException.class)
                .hasMessageContaining("not configured");
    }
}
