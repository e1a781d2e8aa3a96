package com.tokenomics.embed;

import com.tokenomics.slack.CalculatorLink;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This site's base address ({@code https://host}), as the Slack command finds it: {@code tokenomics.public-url}
 * when set, else the address the request came to (behind API Gateway: {@code X-Forwarded-Proto} and {@code Host}).
 */
@ApplicationScoped
public class SiteAddress {

    private final Optional<String> publicUrl;

    public SiteAddress(@ConfigProperty(name = "tokenomics.public-url") Optional<String> publicUrl) {
        this.publicUrl = publicUrl;
    }

    /**
     * Empty when the request's Host is missing or not a plain host name and no public URL is configured. The scheme
     * comes from the connection: the request URI that UriInfo builds needs a Host, which HTTP/1.0 may leave out.
     */
    Optional<String> base(HttpHeaders headers, HttpServerRequest request) {
        return CalculatorLink.base(publicUrl, headers.getHeaderString("X-Forwarded-Proto"),
                headers.getHeaderString("X-Forwarded-Host"), headers.getHeaderString(HttpHeaders.HOST),
                request.scheme());
    }
}
