package com.tokenomics.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request whose Host cannot be read (HTTP/1.1 without one, or {@code Host: a b}) is failed by Vert.x's router with
 * a 400 before any route or filter runs; Quarkus's last-resort handler then answered it with a plain-text "500 -
 * Internal Server Error" page and logged an ERROR. This failure handler, ahead of that one, answers with a problem.
 */
@ApplicationScoped
public class HostCheck {

    static final String BAD_HOST = """
            {"type":"about:blank","title":"Bad Request","status":400,\
            "detail":"The request needs a Host header naming this site (HTTP/1.1 requires one)."}""";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(HostCheck::answer);
    }

    private static void answer(RoutingContext context) {
        boolean unreadableHost = context.request().version() != HttpVersion.HTTP_1_0
                && context.request().authority() == null;
        if (context.statusCode() != 400 || !unreadableHost || context.response().headWritten()) {
            context.next();
            return;
        }
        context.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(BAD_HOST);
    }
}
