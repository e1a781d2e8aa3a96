package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefusalLogTest {

    private final Vertx vertx = Vertx.vertx();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RefusalLog log = new RefusalLog(clock, vertx);

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void shouldLogTheFirstRefusalAtOnce() {
        assertThat(log.count(SlackSignature.Outcome.WRONG_SIGNATURE)).contains("Slack requests refused: 1 "
                + "(WRONG_SIGNATURE 1); at most one such line every 60 s");
    }

    @Test
    void shouldHoldBackAFloodAndCountItByReasonAtTheIntervalsEnd() {
        log.count(SlackSignature.Outcome.WRONG_SIGNATURE);

        long lines = IntStream.range(0, 1_000).mapToObj(i -> log.count(i % 100 == 0
                ? SlackSignature.Outcome.OUTSIDE_REPLAY_WINDOW : SlackSignature.Outcome.WRONG_SIGNATURE))
                .filter(Optional::isPresent).count();
        clock.advance(RefusalLog.INTERVAL);

        assertThat(lines).isZero();
        assertThat(log.due()).contains("Slack requests refused: 1000 (OUTSIDE_REPLAY_WINDOW 10, "
                + "WRONG_SIGNATURE 990); at most one such line every 60 s");
    }

    @Test
    void shouldLogAtOnceAgainAfterAQuietInterval() {
        log.count(SlackSignature.Outcome.MISSING_SIGNATURE);
        clock.advance(RefusalLog.INTERVAL.plus(Duration.ofSeconds(1)));

        assertThat(log.count(SlackSignature.Outcome.MISSING_SIGNATURE)).isPresent();
    }

    @Test
    void shouldLogNothingWhenNothingWasHeldBack() {
        log.count(SlackSignature.Outcome.MISSING_SIGNATURE);

        assertThat(log.due()).isEmpty();
    }
}
