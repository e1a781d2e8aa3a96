package com.tokenomics.web;

import com.tokenomics.scenario.Text;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses compressed request bodies with 415: they are read as they come, so a gzipped scenario used to fail as
 * "malformed JSON", which sent the caller looking for a syntax error.
 */
public class ContentEncodingCheck {

    private static final String CONTENT_ENCODING = "Content-Encoding";

    @ServerRequestFilter(preMatching = true)
    public Response refuseCompressedBodies(ContainerRequestContext request) {
        String encoding = request.getHeaderString(CONTENT_ENCODING);
        if (encoding == null || encoding.isBlank() || encoding.trim().toLowerCase(Locale.ROOT).equals("identity")) {
            return null;
        }
        return new Problem(Problem.HTTP, "Unsupported Media Type", 415, "Request bodies are not decompressed: send "
                + "the JSON without Content-Encoding (got \"" + Text.clip(encoding) + "\").", null).toResponse();
    }
}
