package com.tokenomics.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Framing and CORS headers on every answer — static files, API answers, errors and CORS preflights alike, in
 * server mode and through the Lambda handler. Only the widget page {@value #EMBED_PATH} may be framed, by any site;
 * everything else refuses to be framed (clickjacking). The headers are written last, when the response's headers
 * are sent, so that no handler can drop or override them.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String EMBED_PATH = "/embed";

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String X_FRAME_OPTIONS = "X-Frame-Options";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    static final String NOT_FRAMEABLE = "frame-ancestors 'none'";
    /**
     * The widget runs only its own script and style and talks only to its own origin; any page may frame it.
     * (X-Frame-Options cannot say "anyone", so the widget gets none.)
     */
    static final String WIDGET_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    /** Before the CORS filter, so that its preflight answers get the headers too. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::addHeaders, PRIORITY);
    }

    private static void addHeaders(RoutingContext context) {
        boolean widget = EMBED_PATH.equals(context.normalizedPath());
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            if (widget) {
                headers.set(CONTENT_SECURITY_POLICY, WIDGET_POLICY);
                headers.remove(X_FRAME_OPTIONS);
            } else {
                headers.set(CONTENT_SECURITY_POLICY, NOT_FRAMEABLE);
                headers.set(X_FRAME_OPTIONS, "DENY");
            }
            headers.set("X-Content-Type-Options", "nosniff");
            // Quarkus's CORS filter writes "Access-Control-Allow-Credentials: false"; API Gateway, which answers in
            // production, sends no such header. Credentials are never allowed, so answers agree without it.
            if ("false".equals(headers.get(ALLOW_CREDENTIALS))) {
                headers.remove(ALLOW_CREDENTIALS);
            }
            // The CORS filter echoes the request's Origin rather than "*": a shared cache (badges are cacheable)
            // must not hand one site's answer to another.
            if (headers.contains(ALLOW_ORIGIN)) {
                headers.add("Vary", "Origin");
            }
        });
        context.next();
    }
}
