package com.tokenomics.embed;

import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.QueryParameters;
import com.tokenomics.web.Problem;
import com.tokenomics.web.SecurityHeaders;
import com.tokenomics.web.SiteAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /oembed?url=…}: oEmbed for calculator and widget addresses of this site, so that a CMS or chat tool
 * given such a link shows the widget. Addresses elsewhere get 404 (the spec's "no response for this url"), as do
 * addresses whose scenario cannot be evaluated; format=xml gets 501.
 */
@Path("/oembed")
@Tag(name = "Embed", description = "Widget, badge and oEmbed for pricing pages")
public class OEmbedResource {

    static final String PROVIDER_NAME = "Tokenomics";
    static final int DEFAULT_WIDTH_PX = 560;
    /**
     * The widget's height at the default width, with a market verdict and a note: the tallest it gets there (294 px
     * measured in Chromium). Narrower, its figures wrap: see {@link #heightFor(int)}.
     */
    static final int DEFAULT_HEIGHT_PX = 340;
    /** From 360 px wide up to 480 px, the widget is at most 456 px tall (measured at 375 px: 439 px). */
    static final int NARROW_HEIGHT_PX = 480;
    /** Below 360 px (a 320 px phone column: 456 px; 280 px: 512 px). */
    static final int NARROWEST_HEIGHT_PX = 540;
    static final int MAX_SIZE_PX = 10_000;
    /** The widget fetches its figures live; what is cached here is only the frame and the names in its title. */
    static final long CACHE_AGE_SECONDS = 86_400;

    /** Paths, under the site's base, of the pages whose scenario can be embedded: the calculator and the widget. */
    private static final Set<String> EMBEDDABLE_PATHS = Set.of("", "/", "/index.html", SecurityHeaders.EMBED_PATH);
    private static final Set<String> THEMES = Set.of("light", "dark", "auto");
    static final String THEME = "theme";
    /** Scripts and its own origin (to fetch figures), and new tabs for its link; no navigating the host page. */
    static final String IFRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

    private final FlatScenarioEvaluator evaluator;
    private final SiteAddress site;

    public OEmbedResource(FlatScenarioEvaluator evaluator, SiteAddress site) {
        this.evaluator = evaluator;
        this.site = site;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "oembed", summary = "oEmbed for a calculator or widget address of this site",
            description = "https://oembed.com: a \"rich\" response whose html is an iframe of /embed with the "
                    + "address's scenario. Only format=json is offered.")
    @APIResponse(responseCode = "200", description = "The oEmbed response")
    @APIResponse(responseCode = "422", description = "No url, or maxwidth or maxheight not a whole number of "
            + "pixels from 1 to 10,000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The url is not on this site, or its scenario is not valid")
    @APIResponse(responseCode = "501", description = "A format other than json was asked for")
    public Response oembed(
            @Parameter(description = "The address of a calculator or widget page of this site.", required = true)
            @QueryParam("url") String url,
            @Parameter(description = "Only json is offered.", schema = @Schema(enumeration = "json"))
            @QueryParam("format") String format,
            @Parameter(description = "The most width the embed may take, pixels (1 to 10,000).")
            @QueryParam("maxwidth") String maxWidth,
            @Parameter(description = "The most height the embed may take, pixels (1 to 10,000).")
            @QueryParam("maxheight") String maxHeight,
            @Context HttpServerRequest request) {
        if (format != null && !format.equals("json")) {
            return new Problem("about:blank", "Not Implemented", 501,
                    "Only format=json is offered.", null).toResponse();
        }
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("?url", "is required: the address of a calculator or widget page "
                    + "of this site.");
        }
        int width = Math.min(DEFAULT_WIDTH_PX, size("maxwidth", maxWidth));
        int height = Math.min(heightFor(width), size("maxheight", maxHeight));
        Optional<String> base = site.base(request);
        Optional<Map<String, List<String>>> query = base.flatMap(address -> queryOfPageOnThisSite(address, url));
        if (query.isEmpty()) {
            return varyingWithTheAddress(notFound("The url is not a calculator or widget address of this site.",
                    null));
        }
        Map<String, List<String>> scenario = new LinkedHashMap<>(query.get());
        scenario.keySet().retainAll(QueryParameters.FIELDS.keySet());
        EvaluationResponse result;
        try {
            result = evaluator.evaluate(scenario);
        } catch (InvalidInputException e) {
            return varyingWithTheAddress(notFound("The url's scenario cannot be evaluated; each problem is listed "
                    + "in errors.", e));
        }
        Map<String, List<String>> widget = new LinkedHashMap<>(scenario);
        List<String> theme = query.get().get(THEME);
        if (theme != null && theme.size() == 1 && THEMES.contains(theme.get(0))) {
            widget.put(THEME, theme);
        }
        String title = PROVIDER_NAME + ": " + result.model() + " on " + result.system();
        String source = base.get() + SecurityHeaders.EMBED_PATH + "?" + QueryText.encode(widget);
        String html = "<iframe src=\"" + Markup.escape(source) + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + Markup.escape(title) + "\" style=\"border:0\" loading=\"lazy\" sandbox=\""
                + IFRAME_SANDBOX + "\"></iframe>";
        return varyingWithTheAddress(Response.ok(new OEmbedResponse("rich", "1.0", title, PROVIDER_NAME,
                base.get() + "/", CACHE_AGE_SECONDS, html, width, height)).build());
    }

    /** The height that shows the whole widget at a width: the narrower, the taller, as its figures wrap. */
    static int heightFor(int widthPx) {
        if (widthPx >= 480) {
            return DEFAULT_HEIGHT_PX;
        }
        return widthPx >= 360 ? NARROW_HEIGHT_PX : NARROWEST_HEIGHT_PX;
    }

    /** Whether a url is on this site, and the addresses in the answer, depend on the site's address. */
    private Response varyingWithTheAddress(Response response) {
        site.vary().ifPresent(headers -> response.getHeaders().add(HttpHeaders.VARY, headers));
        return response;
    }

    /** The oEmbed address of a page, for its discovery link. */
    static String discoveryUrl(String base, String pageUrl) {
        return base + "/oembed?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8) + "&format=json";
    }

    /** The decoded query of the url when it is the calculator or the widget on this site, else empty. */
    static Optional<Map<String, List<String>>> queryOfPageOnThisSite(String base, String url) {
        URI page;
        URI site;
        try {
            site = new URI(base);
            String address = url.trim();
            // A path on this site ("/?model=…", as the calculator's own discovery link names itself) stands for the
            // page at the site's address; "//host/…" is another site and stays as it is.
            page = address.startsWith("/") && !address.startsWith("//") ? new URI(base + address) : new URI(address);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (page.getScheme() == null || page.getHost() == null || page.getRawUserInfo() != null
                || !page.getScheme().equalsIgnoreCase(site.getScheme())
                || !page.getHost().equalsIgnoreCase(site.getHost())
                || port(page) != port(site)) {
            return Optional.empty();
        }
        String sitePath = site.getRawPath() == null ? "" : site.getRawPath();
        String pagePath = page.getRawPath() == null ? "" : page.getRawPath();
        if (!pagePath.startsWith(sitePath) || !EMBEDDABLE_PATHS.contains(pagePath.substring(sitePath.length()))) {
            return Optional.empty();
        }
        return decode(page.getRawQuery());
    }

    private static int port(URI address) {
        if (address.getPort() >= 0) {
            return address.getPort();
        }
        return address.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }

    private static Optional<Map<String, List<String>>> decode(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of(parameters);
        }
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(parameters);
    }

    /** maxwidth or maxheight: a whole number of pixels; absent means no limit. */
    private static int size(String name, String pixels) {
        if (pixels == null || pixels.isBlank()) {
            return MAX_SIZE_PX;
        }
        try {
            int value = Integer.parseInt(pixels.trim());
            if (value >= 1 && value <= MAX_SIZE_PX) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a value out of range
        }
        throw new InvalidInputException("?" + name, "must be a whole number of pixels from 1 to " + MAX_SIZE_PX
                + "; got \"" + Markup.clip(pixels, Badge.MAX_TEXT_CODE_POINTS) + "\".");
    }

    private static Response notFound(String detail, InvalidInputException cause) {
        return new Problem("about:blank", "Not Found", 404, detail, cause == null ? null : cause.errors())
                .toResponse();
    }
}
