package com.tokenomics.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.tokenomics.engine.ScenarioTooLargeException;
import com.tokenomics.scenario.EngineFields;
import com.tokenomics.scenario.FieldError;
import com.tokenomics.scenario.InvalidInputException;
import com.tokenomics.scenario.JsonPointers;
import com.tokenomics.scenario.Suggestions;
import com.tokenomics.scenario.Text;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as problem+json: 400 for JSON that does not parse, 422 for values that are not allowed. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int UNPROCESSABLE = 422;
    private static final int METHOD_NOT_ALLOWED = 405;

    @ServerExceptionMapper
    public Response invalidScenario(InvalidInputException e) {
        return new Problem(Problem.INVALID_INPUT, "Invalid input", UNPROCESSABLE,
                "The request has " + e.errors().size() + " invalid field(s); each is listed in errors.",
                e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new Problem(Problem.MALFORMED_JSON, "Malformed JSON", 400,
                "The body is not valid JSON" + where + ": " + Text.clip(withoutParserHints(e.getOriginalMessage()))
                        + ".", null).toResponse();
    }

    /** Nesting deeper than 32, a number of over 1,000 digits and the like: limits of the reader, not syntax errors. */
    private static Response beyondReadingLimits(StreamConstraintsException e) {
        return new Problem(Problem.MALFORMED_JSON, "Malformed JSON", 400,
                "The body is beyond what this API reads: " + Text.clip(withoutParserHints(e.getOriginalMessage()))
                        + ".", null).toResponse();
    }

    /** Jackson's advice to its own users (which feature to enable, which method sets a limit) means nothing here. */
    static String withoutParserHints(String message) {
        return message.replaceFirst(": enable `.*$", "").replaceAll(", from `[^`]*`", "");
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        String message = "is not a field of this object." + Suggestions.didYouMean(e.getPropertyName(), known)
                + (known.isEmpty() ? "" : " Known fields: " + String.join(", ", known) + ".");
        return invalid(new FieldError(JsonPointers.of(e), message));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String got = e instanceof InvalidFormatException format && format.getValue() != null
                ? "; got \"" + Text.clip(String.valueOf(format.getValue())) + "\"" : "";
        return invalid(new FieldError(JsonPointers.of(e), "must be " + expected + got + "."));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? JsonPointers.of(mapping) : "";
        return invalid(new FieldError(field, "could not be read: " + Text.clip(e.getOriginalMessage()) + "."));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST wraps a body that does not parse as JSON in a 400; say where it broke.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse);
            }
            if (cause instanceof StreamConstraintsException limit) {
                return beyondReadingLimits(limit);
            }
        }
        int status = e.getResponse().getStatus();
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String path = request.path();
        Optional<String> allowed = status == METHOD_NOT_ALLOWED ? AllowedMethods.at(path) : Optional.empty();
        String detail = switch (status) {
            case 404 -> RequestHead.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> "This address does not take " + request.method().name() + allowed
                    .map(methods -> "; it takes " + methods + ".").orElse(" (see /q/openapi).");
            case 406 -> "This address cannot answer in a media type the Accept header allows (see /q/openapi).";
            case 413 -> "The request body is too large.";
            case 415 -> AllowedMethods.SLACK_COMMANDS.equals(path) ? "Slack sends slash commands as "
                    + "application/x-www-form-urlencoded, signed; this address takes nothing else (docs/slack.md)."
                    : "Send the scenario as application/json.";
            default -> title + ".";
        };
        Response problem = new Problem(Problem.HTTP, title, status, detail, null).toResponse();
        allowed.ifPresent(methods -> problem.getHeaders().putSingle(HttpHeaders.ALLOW, methods));
        return problem;
    }

    /**
     * The connection failed while the body was read: the client went away, or a chunked body passed the HTTP layer's
     * limit, which has then answered 413 itself. Those are not the calculator's failures and are logged for debugging
     * only; any other I/O failure is logged as a warning. The detail names no internals.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (connectionFailure(e)) {
            LOG.debugf("Request body not read: %s", e);
        } else {
            LOG.warn("I/O failure while answering a request", e);
        }
        return new Problem(Problem.HTTP, "Bad Request", 400, "The request body could not be read (the connection "
                + "failed, was closed or passed the size limit).", null).toResponse();
    }

    /** A scenario each of whose inputs is allowed, their product not; translated where it is met, this is the net. */
    @ServerExceptionMapper
    public Response scenarioTooLarge(ScenarioTooLargeException e) {
        return invalid(new FieldError(EngineFields.pointer(e.input()), e.getMessage()));
    }

    private static boolean connectionFailure(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException
                    || cause instanceof InterruptedIOException || "Request too large".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return new Problem(Problem.HTTP, "Internal Server Error", 500,
                "The calculator failed unexpectedly; the failure is logged.", null).toResponse();
    }

    private static Response invalid(FieldError error) {
        return new Problem(Problem.INVALID_INPUT, "Invalid input", UNPROCESSABLE,
                "The request has 1 invalid field(s); each is listed in errors.", List.of(error)).toResponse();
    }

    /** The JSON pointer (RFC 6901) of the field Jackson stopped at, each name clipped as all echoed text is. */
    private static String describe(Class<?> type) {
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
