package com.tokenomics.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /docs/formulas.md}: the formulas behind every figure (docs/formulas.md, copied onto the classpath by the
 * build), which the calculator's "?" help links to. Plain text, so that every browser shows it instead of saving it.
 */
@Path("/docs/formulas.md")
public class FormulasResource {

    static final String RESOURCE = "docs/formulas.md";

    private static final String TEXT = load();

    @GET
    @Produces("text/plain;charset=utf-8")
    @Operation(hidden = true)
    public Response formulas() {
        return Response.ok(TEXT).header(HttpHeaders.CACHE_CONTROL, EmbedPageResource.CACHE_CONTROL).build();
    }

    private static String load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
