package com.tokenomics.web;

import com.tokenomics.scenario.Warmup;
import io.quarkus.runtime.ImageMode;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Sends the server one evaluation over HTTP as soon as it listens, so that the first caller does not pay for
 * loading Netty's HTTP codec and the REST request path: {@link Warmup} covers what runs without HTTP, and this the
 * rest (the first evaluation on the JVM took 37–55 ms without it, 13–17 ms with it; docs/benchmarks.md). The
 * server reports itself not ready while the request is in flight, from the moment the asynchronous listening event
 * reaches this bean. Only a standalone server listens: on AWS Lambda no HTTP server starts, nothing is sent and
 * readiness is unaffected. A native executable loads and compiles nothing at run time, so it is not warmed either: the
 * request would only compete with the first caller's for the CPU.
 */
@Readiness
@ApplicationScoped
public class HttpWarmup implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(HttpWarmup.class);
    private static final String NAME = "warm-up";
    private static final long TIMEOUT_MS = 10_000;

    private final AtomicBoolean inFlight = new AtomicBoolean();

    void onListening(@ObservesAsync HttpServerStart start, Vertx vertx) {
        if (ImageMode.current().isNativeImage()) {
            return;
        }
        int port = start.options().getPort();
        if (port <= 0) {
            return; // a random port not yet known here: skip rather than guess
        }
        inFlight.set(true);
        HttpClient client = vertx.createHttpClient();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setPort(port)
                .setHost(loopbackFor(start.options().getHost())).setURI("/v1/evaluate").setTimeout(TIMEOUT_MS)
                .putHeader("Content-Type", "application/json");
        client.request(request)
                .compose(sent -> sent.send(Warmup.SCENARIO))
                .compose(response -> response.body().map(body -> response))
                .onComplete(result -> {
                    if (result.failed()) {
                        LOG.warnf("The warm-up request failed (%s); the first caller will be slower",
                                result.cause().toString());
                    } else if (result.result().statusCode() != 200) {
                        LOG.warnf("The warm-up request was answered %d", result.result().statusCode());
                    }
                    inFlight.set(false);
                    client.close();
                });
    }

    /** The server's own address, or the loopback one when it listens on every interface. */
    static String loopbackFor(String listenHost) {
        return listenHost == null || listenHost.isEmpty() || "0.0.0.0".equals(listenHost) ? "127.0.0.1"
                : "::".equals(listenHost) ? "::1" : listenHost;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(!inFlight.get()).build();
    }
}
