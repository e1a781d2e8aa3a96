package com.tokenomics.embed;

import com.tokenomics.web.SecurityHeaders;
import com.tokenomics.web.SiteAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /embed?<scenario>&theme=…}: the widget page for an iframe. The page is static apart from its oEmbed
 * discovery link, which names this very address and so is written here; its script reads the scenario from the
 * address and fetches {@code /v1/evaluate}. The only page that other sites may frame ({@link SecurityHeaders}).
 */
@Path(SecurityHeaders.EMBED_PATH)
@Tag(name = "Embed", description = "Widget, badge and oEmbed for pricing pages")
public class EmbedPageResource {

    static final String TEMPLATE_RESOURCE = "embed/embed.html";
    static final String DISCOVERY_MARKER = "<!-- oEmbed discovery -->";
    static final String CACHE_CONTROL = "public, max-age=300";

    private static final String TEMPLATE = load();

    private final SiteAddress site;

    public EmbedPageResource(SiteAddress site) {
        this.site = site;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(operationId = "embedPage", summary = "The widget page for an iframe",
            description = "Query parameters as for GET /v1/evaluate, plus theme=light|dark|auto. See docs/embed.md.")
    @Parameter(name = "theme", in = ParameterIn.QUERY, description = "Colours: light, dark, or auto (the reader's "
            + "system setting).",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "light", "dark", "auto" },
                    defaultValue = "light"))
    public Response page(@Context HttpServerRequest request) {
        Optional<String> base = site.base(request);
        String discovery = base.map(address -> {
            String query = request.query();
            String self = address + SecurityHeaders.EMBED_PATH + (query == null ? "" : "?" + query);
            return "<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
                    + Markup.escape(OEmbedResource.discoveryUrl(address, self))
                    + "\" title=\"Tokenomics\">";
        }).orElse("");
        Response.ResponseBuilder page = Response.ok(TEMPLATE.replace(DISCOVERY_MARKER, discovery))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        site.vary().ifPresent(headers -> page.header(HttpHeaders.VARY, headers));
        return page.build();
    }

    private static String load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
