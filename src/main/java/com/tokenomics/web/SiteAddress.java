package com.tokenomics.web;

import com.tokenomics.web.RequestHead;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This site's base address ({@code https://host[/path]}), which the widget page's discovery link, oEmbed's
 * {@code provider_url} and iframe, and the Slack button name: {@code tokenomics.public-url} when set, the only address
 * used then; else the scheme and Host of the request itself. {@code X-Forwarded-*} and {@code Forwarded} count only
 * where Quarkus is told to trust them ({@code quarkus.http.proxy.*}, which rewrites the request's scheme and
 * authority for proxies it trusts): any client can send them, and a cached page would hand the address on.
 */
@ApplicationScoped
public class SiteAddress {

    /** The request headers an address read from the request depends on, for a cache's {@code Vary}. */
    public static final String VARY = "Host";
    public static final String VARY_BEHIND_PROXY = "Host, Forwarded, X-Forwarded-Host, X-Forwarded-Proto, X-Forwarded-Port";

    private final Optional<String> publicUrl;
    private final boolean proxyForwarding;

    public SiteAddress(@ConfigProperty(name = "tokenomics.public-url") Optional<String> publicUrl,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
            boolean proxyForwarding) {
        this.publicUrl = publicUrl.map(String::trim).filter(url -> !url.isEmpty())
                .map(url -> url.replaceAll("/+$", ""));
        this.proxyForwarding = proxyForwarding;
    }

    /**
     * Empty when no public URL is configured and the request names no host (HTTP/1.0 may leave Host out). The
     * scheme comes from the connection: the request URI that UriInfo builds needs a Host.
     */
    public Optional<String> base(HttpServerRequest request) {
        return publicUrl.isPresent() ? publicUrl : fromRequest(request.scheme(), request.authority());
    }

    /** The headers the address depends on; none when it is configured. */
    public Optional<String> vary() {
        return publicUrl.isPresent() ? Optional.empty() : Optional.of(proxyForwarding ? VARY_BEHIND_PROXY : VARY);
    }

    static Optional<String> fromRequest(String scheme, HostAndPort authority) {
        String lowerScheme = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (authority == null || !(lowerScheme.equals("https") || lowerScheme.equals("http"))
                || !RequestHead.validHost(authority.toString())) {
            return Optional.empty();
        }
        return Optional.of(lowerScheme + "://" + authority);
    }
}
