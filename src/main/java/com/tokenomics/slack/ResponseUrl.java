package com.tokenomics.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A command's {@code response_url}: where a reply goes when it is too late to be the answer to Slack's request
 * (docs/slack.md, "Slow first requests"). Only addresses under {@code tokenomics.slack.response-url-prefix}
 * ({@code https://hooks.slack.com/} unless configured otherwise) are posted to, so that a request, even a signed
 * one, cannot make this server call anywhere else.
 */
@ApplicationScoped
public class ResponseUrl {

    static final String FIELD = "response_url";
    static final String DEFAULT_PREFIX = "https://hooks.slack.com/";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Slack keeps a response_url for 30 minutes; a few seconds is all a reply that is already late can wait. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_URL_CHARS = 2_000;

    private static final Logger LOG = Logger.getLogger(ResponseUrl.class);

    private final String prefix;
    private final HttpClient http;
    private final ObjectMapper json;

    @Inject
    public ResponseUrl(@ConfigProperty(name = "tokenomics.slack.response-url-prefix",
            defaultValue = DEFAULT_PREFIX) String prefix, ObjectMapper json) {
        this.prefix = prefix;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Whether a reply may be posted to this address: one of Slack's, by the configured prefix. */
    boolean accepts(String url) {
        return url != null && url.length() <= MAX_URL_CHARS
                && url.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    /** Posts the reply; true when Slack took it (2xx). A failure is logged without the address, which is a token. */
    boolean post(String url, ObjectNode reply) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(reply)))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return true;
            }
            LOG.warnf("Slack's response_url answered HTTP %d", status);
            return false;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Slack's response_url could not be reached: %s", e.getClass().getSimpleName());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
