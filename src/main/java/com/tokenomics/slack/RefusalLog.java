package com.tokenomics.slack;

import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Refused Slack requests, logged at most once per {@link #INTERVAL} with their count by reason: a forged flood costs
 * one INFO line a minute instead of one per request, and still shows how many and why. The first refusal after a
 * quiet interval is logged at once; those after it wait for the interval's end.
 */
@ApplicationScoped
public class RefusalLog {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SlackCommandResource.class);

    private final Clock clock;
    private final Vertx vertx;
    private final Map<SlackSignature.Outcome, Long> unlogged = new EnumMap<>(SlackSignature.Outcome.class);
    private Instant quietUntil = Instant.MIN;
    private boolean lineDue;

    public RefusalLog(Clock clock, Vertx vertx) {
        this.clock = clock;
        this.vertx = vertx;
    }

    void refused(SlackSignature.Outcome outcome) {
        count(outcome).ifPresent(LOG::info);
    }

    /** The line to log now, if any; else the refusal waits for the line at the interval's end. */
    synchronized Optional<String> count(SlackSignature.Outcome outcome) {
        unlogged.merge(outcome, 1L, Long::sum);
        Instant now = clock.instant();
        if (!now.isBefore(quietUntil)) {
            return Optional.of(line(now));
        }
        if (!lineDue) {
            lineDue = true;
            vertx.setTimer(Math.max(1, Duration.between(now, quietUntil).toMillis()),
                    ignored -> due().ifPresent(LOG::info));
        }
        return Optional.empty();
    }

    /** The line for the refusals held back during the interval. */
    synchronized Optional<String> due() {
        lineDue = false;
        return unlogged.isEmpty() ? Optional.empty() : Optional.of(line(clock.instant()));
    }

    private String line(Instant now) {
        quietUntil = now.plus(INTERVAL);
        long total = unlogged.values().stream().mapToLong(Long::longValue).sum();
        String reasons = unlogged.entrySet().stream().map(reason -> reason.getKey() + " " + reason.getValue())
                .collect(Collectors.joining(", "));
        unlogged.clear();
        return "Slack requests refused: " + total + " (" + reasons + "); at most one such line every "
                + INTERVAL.toSeconds() + " s";
    }
}
