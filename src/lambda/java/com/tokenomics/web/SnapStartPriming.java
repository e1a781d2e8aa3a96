package com.tokenomics.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.tokenomics.scenario.Warmup;
import io.quarkus.amazon.lambda.http.LambdaHttpHandler;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

/**
 * Invoke priming for the JVM function under SnapStart: before Lambda takes the snapshot, one API Gateway event (the
 * warm-up scenario, {@code POST /v1/evaluate}) goes through the function's own handler, so that the snapshot holds the
 * REST request path and Jackson's writers already loaded, compiled and warmed, and the first caller after a restore
 * pays for none of it. {@link Warmup} covers what runs without HTTP; this, what the handler adds. Lambda's Java runtime
 * calls {@link #beforeCheckpoint} only when it snapshots (java21 with SnapStart, infra's {@code -c runtime=jvm});
 * elsewhere the registration does nothing. Needs {@code quarkus.snapstart.full-warmup}, so that the application is
 * started, and this bean registered, before the snapshot.
 *
 * <p>Only the Lambda packaging has this class (src/lambda/java): the handler it calls is not in the server's.
 */
@Startup
@ApplicationScoped
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);
    private static final String PATH = "/v1/evaluate";
    private static final String HOST = "snapstart.priming";

    @PostConstruct
    void register() {
        if (ImageMode.current() == ImageMode.JVM) {
            // The global context keeps resources weakly; this application-scoped bean is held by the container.
            Core.getGlobalContext().register(this);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        APIGatewayV2HTTPResponse response = prime();
        LOG.infof("SnapStart priming: %s %s answered %d before the snapshot", "POST", PATH, response.getStatusCode());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing was opened that a restore would have to reopen.
    }

    /** Sends the warm-up scenario through the function's handler and returns its answer. */
    APIGatewayV2HTTPResponse prime() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(PATH).withRawQueryString("")
                .withHeaders(Map.of("host", HOST, "content-type", "application/json"))
                .withBody(Warmup.SCENARIO).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withDomainName(HOST).withRequestId("snapstart-priming").withRouteKey("$default")
                        .withStage("$default").withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST").withPath(PATH).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").withUserAgent("snapstart-priming").build())
                        .build())
                .build();
        return new LambdaHttpHandler().handleRequest(event, null);
    }
}
