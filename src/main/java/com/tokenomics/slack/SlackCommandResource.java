package com.tokenomics.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.scenario.CalculatorLink;
import com.tokenomics.scenario.ContextSplit;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FieldError;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.scenario.QueryParameters;
import com.tokenomics.web.Problem;
import com.tokenomics.web.SiteAddress;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The {@code /tokenomics} slash command (docs/slack.md). The request is verified against Slack's signature before
 * its body is even parsed; then the text is read by {@link CommandGrammar}, evaluated like {@code GET /v1/evaluate}
 * and answered with a Block Kit message.
 *
 * <p>Slack waits {@link #SLACK_TIMEOUT} for the answer, counted from when it sent the command. Reading and evaluating
 * a command takes milliseconds, but a cold start and the first read of the signing secret come before it and can
 * spend that time. So the reply is the answer itself while {@link #DIRECT_REPLY_BUDGET} is left; later, it is posted
 * to the command's {@code response_url} and the request is acknowledged with an empty 200. The post is made before
 * the acknowledgement, within the request: on AWS Lambda nothing may run once the function has returned (the
 * environment is frozen until the next request), and by then Slack has given up on the direct answer anyway.
 */
@Path("/slack/commands")
@SecurityScheme(securitySchemeName = SlackCommandResource.SIGNATURE_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = SlackCommandResource.SIGNATURE_HEADER,
        description = "Slack's request signature: v0= + hex(HMAC-SHA256(signing secret, "
                + "v0:<X-Slack-Request-Timestamp>:<body>)), with a timestamp within 5 minutes. See docs/slack.md.")
@Tag(name = "Slack", description = "The /tokenomics slash command")
public class SlackCommandResource {

    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    static final String SIGNATURE_SCHEME = "slackSignature";
    /** How long Slack waits for the answer to a command. */
    static final Duration SLACK_TIMEOUT = Duration.ofSeconds(3);
    /**
     * The time after Slack sent a command up to which the answer is sent directly: Slack's 3 s less half a second
     * for the answer's way back (API Gateway, Slack's own hop). Slack's timestamp has whole seconds, so the time
     * counted since is up to a second more than the true time: a reply near the limit goes by response_url, which
     * reaches the user as well.
     */
    static final Duration DIRECT_REPLY_BUDGET = SLACK_TIMEOUT.minusMillis(500);
    static final String UNAUTHORIZED = "/problems/slack-unauthorized";
    static final String NOT_CONFIGURED = "/problems/slack-not-configured";
    private static final String CONTEXT = "/workload/contextTokens";
    private static final String INPUT = "/workload/inputTokens";
    private static final String OUTPUT = "/workload/outputTokens";

    private static final Logger LOG = Logger.getLogger(SlackCommandResource.class);

    private final SigningSecretSource secrets;
    private final Clock clock;
    private final FlatScenarioEvaluator evaluator;
    private final CommandGrammar grammar;
    private final SiteAddress site;
    private final RefusalLog refusals;
    private final ResponseUrl responseUrl;

    public SlackCommandResource(SigningSecretSource secrets, Clock clock, FlatScenarioEvaluator evaluator,
            Catalog catalog, SiteAddress site, RefusalLog refusals, ResponseUrl responseUrl) {
        this.secrets = secrets;
        this.clock = clock;
        this.evaluator = evaluator;
        this.grammar = new CommandGrammar(catalog.models().stream().map(CatalogModel::id).toList(),
                catalog.systems().stream().map(CatalogSystem::id).toList(), QueryParameters.FIELDS);
        this.site = site;
        this.refusals = refusals;
        this.responseUrl = responseUrl;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "slackCommand", summary = "Slack slash command",
            description = "Called by Slack, signed with the app's signing secret; answers with a Block Kit message, "
                    + "or through the command's response_url when Slack's 3 s are nearly spent. See docs/slack.md.")
    @SecurityRequirement(name = SIGNATURE_SCHEME)
    @APIResponse(responseCode = "200", description = "A Block Kit message for Slack; empty when the answer was late "
            + "and went to the command's response_url instead")
    @APIResponse(responseCode = "401", description = "Missing, stale or wrong Slack signature",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "A body that is not application/x-www-form-urlencoded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No signing secret is configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response command(byte[] body, @HeaderParam(TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SIGNATURE_HEADER) String signature, @Context HttpServerRequest request) {
        Instant received = clock.instant();
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
        Map<String, String> form = form(body);
        ObjectNode reply;
        try {
            reply = reply(form.get("text"), site.base(request));
        } catch (RuntimeException e) {
            LOG.error("Slack command failed", e);
            reply = Replies.failed();
        }
        // The timestamp is whole seconds (checked with the signature).
        Duration elapsed = elapsed(Instant.ofEpochSecond(Long.parseLong(timestamp.trim())), received,
                clock.instant());
        if (elapsed.compareTo(DIRECT_REPLY_BUDGET) > 0) {
            String url = form.get(ResponseUrl.FIELD);
            if (responseUrl.accepts(url) && responseUrl.post(url, reply)) {
                LOG.infof("Slack command answered through response_url, %d ms after it was sent", elapsed.toMillis());
                return Response.ok().build();
            }
            // Nowhere else to send it: the direct answer is the only chance left.
        }
        return Response.ok(reply, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * How long ago Slack sent a command: by Slack's timestamp, which counts a cold start, or since the request
     * arrived, which counts a slow secret read even when this clock is behind Slack's; the longer of the two.
     */
    static Duration elapsed(Instant sentBySlack, Instant received, Instant now) {
        Duration sinceSent = Duration.between(sentBySlack, now);
        Duration sinceReceived = Duration.between(received, now);
        return sinceSent.compareTo(sinceReceived) > 0 ? sinceSent : sinceReceived;
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
        List<String> notes = new ArrayList<>(evaluate.notes());
        splitAContextGivenAlone(parameters, evaluate, notes);
        EvaluationResponse result;
        try {
            result = evaluator.evaluate(parameters);
        } catch (InvalidInputException e) {
            return Replies.rejected(e.errors().stream().map(error -> problem(error, evaluate)).toList());
        }
        // The link keeps the context as typed: the calculator splits it the same way, and says so.
        return Replies.evaluation(result, new Command.Evaluate(evaluate.parameters(), evaluate.typedKeys(),
                evaluate.inChannel(), notes), base.map(address -> CalculatorLink.url(address, evaluate.parameters())),
                grammar::inCommandWords);
    }

    /**
     * A context given without input and output is evaluated as the web calculator evaluates it ({@link ContextSplit}),
     * so that the answer has the cost per million tokens the calculator link under it shows.
     */
    private static void splitAContextGivenAlone(Map<String, List<String>> parameters, Command.Evaluate command,
            List<String> notes) {
        List<String> contexts = namesGiven(parameters, CONTEXT);
        if (contexts.size() != 1 || !namesGiven(parameters, INPUT).isEmpty()
                || !namesGiven(parameters, OUTPUT).isEmpty()) {
            return;
        }
        String name = contexts.get(0);
        String context = parameters.get(name).get(0);
        ContextSplit.ofTyped(context).ifPresent(split -> {
            parameters.remove(name);
            parameters.put("input", List.of(String.valueOf(split.inputTokens())));
            parameters.put("output", List.of(String.valueOf(split.outputTokens())));
            notes.add(String.format(Locale.ROOT, "Read `%s=%s` as %,d prompt + %,d generated tokens, as the web "
                    + "calculator does, so that the throughput can be estimated; give `input=` and `output=` for "
                    + "yours.", command.typedKeys().getOrDefault(name, name), context, split.inputTokens(),
                    split.outputTokens()));
        });
    }

    private static List<String> namesGiven(Map<String, List<String>> parameters, String pointer) {
        return ParameterTable.byPointer(pointer).orElseThrow().queryNames().stream()
                .filter(parameters::containsKey).toList();
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
