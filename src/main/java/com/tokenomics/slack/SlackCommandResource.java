package com.tokenomics.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.api.EvaluationResponse;
import com.tokenomics.api.FieldError;
import com.tokenomics.api.FlatScenarioEvaluator;
import com.tokenomics.api.InvalidInputException;
import com.tokenomics.api.Problem;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.embed.SiteAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The {@code /tokenomics} slash command (docs/slack.md). The request is verified against Slack's signature before
 * its body is even parsed; then the text is read by {@link CommandGrammar}, evaluated like {@code GET /v1/evaluate}
 * and answered with a Block Kit message, well within Slack's 3 s.
 */
@Path("/slack/commands")
@Tag(name = "Slack", description = "The /tokenomics slash command")
public class SlackCommandResource {

    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    static final String UNAUTHORIZED = "/problems/slack-unauthorized";
    static final String NOT_CONFIGURED = "/problems/slack-not-configured";

    private static final Logger LOG = Logger.getLogger(SlackCommandResource.class);

    private final SigningSecretSource secrets;
    private final Clock clock;
    private final FlatScenarioEvaluator evaluator;
    private final CommandGrammar grammar;
    private final SiteAddress site;
    private final RefusalLog refusals;

    public SlackCommandResource(SigningSecretSource secrets, Clock clock, FlatScenarioEvaluator evaluator,
            Catalog catalog, SiteAddress site, RefusalLog refusals) {
        this.secrets = secrets;
        this.clock = clock;
        this.evaluator = evaluator;
        this.grammar = new CommandGrammar(catalog.models().stream().map(CatalogModel::id).toList(),
                catalog.systems().stream().map(CatalogSystem::id).toList(), FlatScenarioEvaluator.parameterFields());
        this.site = site;
        this.refusals = refusals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack slash command", description = "Called by Slack, signed with the app's signing "
            + "secret; answers with a Block Kit message. See docs/slack.md.")
    @APIResponse(responseCode = "200", description = "A Block Kit message for Slack")
    @APIResponse(responseCode = "401", description = "Missing, stale or wrong Slack signature")
    @APIResponse(responseCode = "503", description = "No signing secret is configured")
    public Response command(byte[] body, @HeaderParam(TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SIGNATURE_HEADER) String signature, @Context HttpServerRequest request) {
        String signingSecret;
        try {
            signingSecret = secrets.signingSecret();
        } catch (SlackNotConfiguredException e) {
            return problem(NOT_CONFIGURED, "Slack command not configured", 503, e.getMessage());
        }
        SlackSignature.Outcome outcome = SlackSignature.check(signingSecret, timestamp, signature, body,
                clock.instant());
        if (outcome != SlackSignature.Outcome.VALID) {
            refusals.refused(outcome);
            return problem(UNAUTHORIZED, "Unauthorized", 401, "The request does not carry a valid Slack signature "
                    + "from the last " + SlackSignature.MAX_CLOCK_SKEW.toMinutes() + " minutes.");
        }
        ObjectNode reply;
        try {
            reply = reply(form(body).get("text"), site.base(request));
        } catch (RuntimeException e) {
            LOG.error("Slack command failed", e);
            reply = Replies.failed();
        }
        return Response.ok(reply, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The reply to a command's text, verified already; the calculator button on {@code base}, if any. */
    ObjectNode reply(String text, Optional<String> base) {
        Command command = grammar.parse(text);
        if (command instanceof Command.Rejected rejected) {
            return Replies.rejected(rejected.problems());
        }
        if (!(command instanceof Command.Evaluate evaluate)) {
            return Replies.help(grammar.modelIds(), grammar.systemIds());
        }
        Map<String, List<String>> parameters = new HashMap<>();
        evaluate.parameters().forEach((name, value) -> parameters.put(name, List.of(value)));
        EvaluationResponse result;
        try {
            result = evaluator.evaluate(parameters);
        } catch (InvalidInputException e) {
            return Replies.rejected(e.errors().stream().map(error -> problem(error, evaluate)).toList());
        }
        return Replies.evaluation(result, evaluate,
                base.map(address -> CalculatorLink.url(address, evaluate.parameters())));
    }

    /** "`users` must be a whole number from 1 to 100,000,000 (users); got -1.", in the command's keys throughout. */
    private String problem(FieldError error, Command.Evaluate command) {
        // The API's wording for query parameters names the parameter again; the key in front says it already.
        return "`" + grammar.keyFor(error.field(), command) + "` "
                + grammar.inCommandWords(error.message().replaceFirst("^query parameter \\S+ ", ""));
    }

    /**
     * The form fields, parsed only after the signature check. A field that does not decode (a stray {@code %}) reads
     * as empty: the text is then answered with the usage message rather than an error page.
     */
    static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.putIfAbsent(decode(name), decode(value));
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Response problem(String type, String title, int status, String detail) {
        return new Problem(type, title, status, detail, null).toResponse();
    }
}
