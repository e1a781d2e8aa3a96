package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long ago Slack sent a command, which decides between a direct answer and response_url. */
class SlackElapsedTimeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:03.200Z");

    @Test
    void shouldCountFromSlacksTimestampWhenAColdStartCameBeforeTheRequest() {
        Duration elapsed = SlackCommandResource.elapsed(Instant.parse("2026-12-07T12:00:00Z"),
                NOW.minusMillis(40), NOW);

        assertThat(elapsed).isEqualTo(Duration.ofMillis(3_200));
        assertThat(elapsed).isGreaterThan(SlackCommandResource.DIRECT_REPLY_BUDGET);
    }

    @Test
    void shouldCountFromArrivalWhenThisClockIsBehindSlacks() {
        Duration elapsed = SlackCommandResource.elapsed(Instant.parse("2026-12-07T12:00:05Z"),
                NOW.minusMillis(2_700), NOW);

        assertThat(elapsed).isEqualTo(Duration.ofMillis(2_700));
        assertThat(elapsed).isGreaterThan(SlackCommandResource.DIRECT_REPLY_BUDGET);
    }

    @Test
    void shouldLeaveAWarmRequestToTheDirectAnswer() {
        Duration elapsed = SlackCommandResource.elapsed(Instant.parse("2026-12-07T12:00:03Z"),
                NOW.minusMillis(5), NOW);

        assertThat(elapsed).isEqualTo(Duration.ofMillis(200));
        assertThat(elapsed).isLessThan(SlackCommandResource.DIRECT_REPLY_BUDGET);
    }
}
