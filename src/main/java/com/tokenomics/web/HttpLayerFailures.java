package com.tokenomics.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures of the HTTP layer around the application, ahead of Quarkus's last-resort handler, which answers with a
 * plain-text "500 - Internal Server Error" page and logs an ERROR:
 * <ul>
 * <li>a Host that cannot be read (HTTP/1.1 without one, or {@code Host: a b}), which Vert.x's router fails with a 400
 * before any route or filter runs: answered with a problem;</li>
 * <li>a chunked body passing {@code quarkus.http.limits.max-body-size}: Vert.x answers 413 and closes the connection
 * while the application reads it, whose attempt to answer then fails; nothing is left to answer.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpLayerFailures {

    private static final Logger LOG = Logger.getLogger(HttpLayerFailures.class);
    private static final int PAYLOAD_TOO_LARGE = 413;

    public static final String BAD_HOST = RequestHead.problem(400, "Bad Request", RequestHead.BAD_HOST);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(HttpLayerFailures::handle);
    }

    private static void handle(RoutingContext context) {
        if (context.response().ended() && context.response().getStatusCode() == PAYLOAD_TOO_LARGE) {
            LOG.debugf("%s %s failed after the HTTP layer's 413: %s", context.request().method(),
                    context.request().path(), context.failure());
            return;
        }
        boolean unreadableHost = context.request().version() != HttpVersion.HTTP_1_0
                && context.request().authority() == null;
        if (context.statusCode() == 400 && unreadableHost && !context.response().headWritten()) {
            context.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(BAD_HOST);
            return;
        }
        context.next();
    }
}
