package com.tokenomics.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the request line and headers, made before any route reads the body:
 * <ul>
 * <li>Framing (RFC 9112 §6): a Transfer-Encoding other than exactly {@code chunked}, a Transfer-Encoding on HTTP/1.0,
 * or a Content-Length that is not one plain number leaves the body's end in doubt. A proxy in front may have read
 * it differently, so the bytes after it could be a request of an attacker's ("request smuggling"): 400, and the
 * connection is closed, so that nothing after it is read.</li>
 * <li>The version: only HTTP/1.0 and HTTP/1.1 are spoken over a request line ({@code HTTP/1.2}, {@code HTTP/2.0}
 * would be answered in a version that does not exist): 505, and the connection is closed.</li>
 * <li>Host (RFC 9112 §3.2): more than one, one that is not a host name or IP address with an optional port, or one
 * other than the authority of an absolute request target ({@code GET http://other.example/ HTTP/1.1}), is 400.
 * Links this site writes about itself (embed discovery, oEmbed, the Slack button) may come from it.</li>
 * <li>The path: a dot segment ({@code ..}, {@code .}, also with matrix parameters: {@code ..;}), a backslash or
 * any percent-encoding (which hides {@code ..} and {@code /} as {@code %2e%2e}, {@code %2f}, {@code %252e}) is 404.
 * No address of this site has one, and the static files would otherwise be served from the decoded, normalized
 * path.</li>
 * </ul>
 * Netty already refuses Content-Length with chunked, {@code Transfer-Encoding :} and codings it cannot parse, with an
 * empty 400 and a closed connection.
 */
@ApplicationScoped
public class RequestHead {

    /** A host name (unreserved characters) or an IPv4 or bracketed IPv6 literal, and an optional port. */
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9._~-]+|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?");
    private static final int HIGHEST_PORT = 65_535;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("\\d{1,18}");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(?:^|/)\\.{1,2}(?:[/;]|$)");
    private static final String CHUNKED = "chunked";
    /** The authority of an absolute-form request target, userinfo left out. */
    private static final Pattern ABSOLUTE_TARGET = Pattern.compile("(?i)https?://(?:[^/?#@]*@)?([^/?#]*)");

    public static final String BAD_FRAMING = "The body's length is ambiguous: Transfer-Encoding may only be \"chunked\" "
            + "(on HTTP/1.1), and Content-Length only one whole number of bytes. The connection is closed.";
    static final String BAD_HOST = "The Host header is missing, given more than once, or is not an address; "
            + "HTTP/1.1 requires exactly one naming this site (the same as an absolute request target's).";
    static final String BAD_VERSION = "Only HTTP/1.1 and HTTP/1.0 are spoken here. The connection is closed.";
    public static final String NOT_FOUND = "There is nothing at this address. The API lives under /v1 (see /q/openapi).";

    /** After {@code SecurityHeaders} (so refusals carry its headers), before the CORS filter and every route. */
    private static final int PRIORITY = 9_000;

    void register(@Observes Filters filters) {
        filters.register(RequestHead::check, PRIORITY);
    }

    private static void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() == null) {
            refuseAndClose(context, 505, "HTTP Version Not Supported", BAD_VERSION);
        } else if (!framed(request)) {
            refuseAndClose(context, 400, "Bad Request", BAD_FRAMING);
        } else if (!hostValid(request.headers().getAll(HttpHeaders.HOST), request.version())
                || !sameAuthority(request.uri(), request.headers().get(HttpHeaders.HOST))) {
            refuse(context, 400, "Bad Request", BAD_HOST);
        } else if (!plainPath(request.path())) {
            refuse(context, 404, "Not Found", NOT_FOUND);
        } else {
            context.next();
        }
    }

    /**
     * Requests the Lambda handler hands over come through an in-memory channel, without a local socket address:
     * API Gateway has read their bodies already, and the handler marks each body "chunked" itself.
     */
    static boolean framed(HttpServerRequest request) {
        if (request.localAddress() == null) {
            return true;
        }
        List<String> codings = request.headers().getAll(HttpHeaders.TRANSFER_ENCODING);
        if (!codings.isEmpty() && (request.version() == HttpVersion.HTTP_1_0 || codings.size() != 1
                || !codings.get(0).trim().toLowerCase(Locale.ROOT).equals(CHUNKED))) {
            return false;
        }
        List<String> lengths = request.headers().getAll(HttpHeaders.CONTENT_LENGTH);
        return lengths.isEmpty() || lengths.size() == 1 && CONTENT_LENGTH.matcher(lengths.get(0).trim()).matches();
    }

    /** HTTP/1.0 may leave Host out; otherwise exactly one, naming a host. */
    static boolean hostValid(List<String> hosts, HttpVersion version) {
        if (hosts.isEmpty()) {
            return version == HttpVersion.HTTP_1_0;
        }
        return hosts.size() == 1 && validHost(hosts.get(0).trim());
    }

    /** A host name or IP literal with an optional port from 1 to 65,535: what a link to this site may carry. */
    public static boolean validHost(String host) {
        Matcher address = HOST.matcher(host);
        return address.matches() && (address.group(1) == null
                || Integer.parseInt(address.group(1)) >= 1 && Integer.parseInt(address.group(1)) <= HIGHEST_PORT);
    }

    /** An absolute request target ({@code http://host/path}) must name the Host's authority (RFC 9112 §3.2). */
    static boolean sameAuthority(String target, String host) {
        Matcher absolute = ABSOLUTE_TARGET.matcher(target);
        return !absolute.lookingAt() || host != null && absolute.group(1).equalsIgnoreCase(host.trim());
    }

    static boolean plainPath(String path) {
        return path != null && path.indexOf('%') < 0 && path.indexOf('\\') < 0 && !DOT_SEGMENT.matcher(path).find();
    }

    /**
     * Closes at once, with the answer flushed first: the connection's own close after a response would wait for the
     * bytes already read, a smuggled request among them, to be handled.
     */
    private static void refuseAndClose(RoutingContext context, int status, String title, String detail) {
        refuse(context, status, title, detail);
        context.request().connection().close();
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.response().setStatusCode(status)
                // Capitalized: the Lambda handler looks the type up by this exact name to send the body as text.
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem(status, title, detail));
    }

    /** Written by hand: nothing here is user text, and the JSON mapper is not needed to say so. */
    public static String problem(int status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\"", "\\\"") + "\"}";
    }
}
