package com.tokenomics.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over {@value #MAX_BODY_BYTES} bytes with a problem document before they are read. A scenario is a
 * few kilobytes; the HTTP layer's own, larger limit ({@code quarkus.http.limits.max-body-size}) stays as a backstop
 * for bodies that do not announce their length.
 */
public class BodySizeLimit {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public jakarta.ws.rs.core.Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return new Problem(Problem.HTTP, "Bad Request", 400, "The Content-Length header is not a number.", null)
                    .toResponse();
        }
        if (bytes > MAX_BODY_BYTES) {
            return new Problem(Problem.HTTP, "Content Too Large", 413, "The body has " + bytes + " bytes; a "
                    + "scenario may have at most " + MAX_BODY_BYTES + " bytes (1 MiB).", null).toResponse();
        }
        return null;
    }
}
