package com.tokenomics.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where the Slack signing secret comes from: the configuration ({@code tokenomics.slack.signing-secret}, for a
 * server or local use), else, on AWS Lambda, Secrets Manager through the AWS Parameters and Secrets Lambda
 * Extension when {@code SLACK_SIGNING_SECRET_ID} names the secret.
 *
 * <p>The extension is asked on demand and never at start-up: under SnapStart a value read at start would be frozen
 * into the snapshot, and so would a session token. The environment is read at each fetch for the same reason. The
 * answer is kept in memory for {@link #CACHE_TTL}, so that a rotated secret reaches this instance within the
 * extension's own cache time plus this. Nothing here logs the secret, nor its length.
 */
@ApplicationScoped
public class SigningSecretSource {

    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    static final String SECRET_ID_VARIABLE = "SLACK_SIGNING_SECRET_ID";
    static final String PORT_VARIABLE = "PARAMETERS_SECRETS_EXTENSION_HTTP_PORT";
    static final String SESSION_TOKEN_VARIABLE = "AWS_SESSION_TOKEN";
    static final String TOKEN_HEADER = "X-Aws-Parameters-Secrets-Token";
    static final int DEFAULT_EXTENSION_PORT = 2773;

    /** Slack gives a command 3 s; a local call that takes longer than this will not make it anyway. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1_500);
    private static final int MAX_PORT = 65_535;

    private static final Logger LOG = Logger.getLogger(SigningSecretSource.class);

    private final Optional<String> configuredSecret;
    private final UnaryOperator<String> environment;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private String cachedSecret;
    private Instant cachedAt;

    @Inject
    public SigningSecretSource(@ConfigProperty(name = "tokenomics.slack.signing-secret") Optional<String> configured,
            Clock clock) {
        this(configured, System::getenv,
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1).build(),
                clock);
    }

    SigningSecretSource(Optional<String> configured, UnaryOperator<String> environment, HttpClient http,
            Clock clock) {
        // A secret pasted with a trailing newline is still the secret.
        this.configuredSecret = configured.map(String::trim).filter(secret -> !secret.isEmpty());
        this.environment = environment;
        this.http = http;
        this.clock = clock;
    }

    /** The signing secret; throws when there is none, which refuses the request rather than letting it in. */
    public synchronized String signingSecret() {
        if (configuredSecret.isPresent()) {
            return configuredSecret.get();
        }
        String secretId = environment.apply(SECRET_ID_VARIABLE);
        if (secretId == null || secretId.isBlank()) {
            throw new SlackNotConfiguredException("The Slack command is not configured: set "
                    + "tokenomics.slack.signing-secret (TOKENOMICS_SLACK_SIGNING_SECRET) or, on AWS Lambda, "
                    + SECRET_ID_VARIABLE + ".");
        }
        Instant now = clock.instant();
        if (cachedSecret != null && Duration.between(cachedAt, now).compareTo(CACHE_TTL) < 0) {
            return cachedSecret;
        }
        String secret = fetch(secretId.trim());
        cachedSecret = secret;
        cachedAt = now;
        return secret;
    }

    private String fetch(String secretId) {
        String token = environment.apply(SESSION_TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw unavailable(SESSION_TOKEN_VARIABLE + " is not set, so the secrets extension cannot be asked");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port()
                        + "/secretsmanager/get?secretId=" + URLEncoder.encode(secretId, StandardCharsets.UTF_8)))
                .header(TOKEN_HEADER, token)
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable("the secrets extension did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking the secrets extension");
        }
        if (response.statusCode() != 200) {
            // The body of an error reply is not logged: it is not ours to vouch for.
            throw unavailable("the secrets extension answered HTTP " + response.statusCode());
        }
        JsonNode secretString;
        try {
            secretString = json.readTree(response.body()).path("SecretString");
        } catch (IOException e) {
            throw unavailable("the secrets extension's answer is not JSON");
        }
        if (!secretString.isTextual() || secretString.asText().isBlank()) {
            throw unavailable("the secret has no SecretString");
        }
        return secretString.asText().trim();
    }

    private int port() {
        String port = environment.apply(PORT_VARIABLE);
        if (port == null || port.isBlank()) {
            return DEFAULT_EXTENSION_PORT;
        }
        String digits = port.trim();
        if (digits.matches("[0-9]{1,5}") && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= MAX_PORT) {
            return Integer.parseInt(digits);
        }
        throw unavailable(PORT_VARIABLE + " is not a port number");
    }

    private static SlackNotConfiguredException unavailable(String why) {
        LOG.warnf("Slack signing secret unavailable: %s", why);
        return new SlackNotConfiguredException("The Slack command is not configured: its signing secret could not "
                + "be read.");
    }
}
