package com.tokenomics.embed;

import com.tokenomics.slack.CalculatorLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
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

    /** Empty when the request's Host is not a plain host name and no public URL is configured. */
    Optional<String> base(HttpHeaders headers, UriInfo uri) {
        return CalculatorLink.base(publicUrl, headers.getHeaderString("X-Forwarded-Proto"),
                headers.getHeaderString("X-Forwarded-Host"), headers.getHeaderString(HttpHeaders.HOST),
                uri.getRequestUri().getScheme());
    }
}
