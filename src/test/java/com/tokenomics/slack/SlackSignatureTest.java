package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.slack.SlackSignature.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long TIMESTAMP = 1_531_420_618L;
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);
    private static final byte[] BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            .concat("&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner")
            .concat("&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands")
            .concat("%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN")
            .concat("&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
            .getBytes(StandardCharsets.UTF_8);
    /** The signature of Slack's own worked example ("Verifying requests from Slack"). */
    private static final String SLACKS_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static Outcome check(String timestamp, String signature, byte[] body, Instant now) {
        return SlackSignature.check(SECRET, timestamp, signature, body, now);
    }

    @Test
    void shouldComputeSlacksDocumentedExample() {
        assertThat(SlackSignature.sign(SECRET, String.valueOf(TIMESTAMP), BODY)).isEqualTo(SLACKS_SIGNATURE);
    }

    @Test
    void shouldAcceptACorrectlySignedRequest() {
        assertThat(check(String.valueOf(TIMESTAMP), SLACKS_SIGNATURE, BODY, THEN)).isEqualTo(Outcome.VALID);
    }

    @Test
    void shouldAcceptATimestampExactlyFiveMinutesOld() {
        assertThat(check(String.valueOf(TIMESTAMP), SLACKS_SIGNATURE, BODY, THEN.plusSeconds(300)))
                .isEqualTo(Outcome.VALID);
    }

    @Test
    void shouldRejectAStaleTimestamp() {
        assertThat(check(String.valueOf(TIMESTAMP), SLACKS_SIGNATURE, BODY, THEN.plusSeconds(301)))
                .isEqualTo(Outcome.OUTSIDE_REPLAY_WINDOW);
    }

    @Test
    void shouldRejectAFutureTimestamp() {
        assertThat(check(String.valueOf(TIMESTAMP), SLACKS_SIGNATURE, BODY, THEN.minusSeconds(301)))
                .isEqualTo(Outcome.OUTSIDE_REPLAY_WINDOW);
    }

    @Test
    void shouldRejectAWrongSignature() {
        String wrong = SLACKS_SIGNATURE.substring(0, SLACKS_SIGNATURE.length() - 1) + "0";
        assertThat(check(String.valueOf(TIMESTAMP), wrong, BODY, THEN)).isEqualTo(Outcome.WRONG_SIGNATURE);
    }

    @Test
    void shouldRejectASignatureMadeWithAnotherSecret() {
        String other = SlackSignature.sign("another-secret", String.valueOf(TIMESTAMP), BODY);
        assertThat(check(String.valueOf(TIMESTAMP), other, BODY, THEN)).isEqualTo(Outcome.WRONG_SIGNATURE);
    }

    @Test
    void shouldRejectATamperedBody() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("text=", "text=public")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(check(String.valueOf(TIMESTAMP), SLACKS_SIGNATURE, tampered, THEN))
                .isEqualTo(Outcome.WRONG_SIGNATURE);
    }

    @Test
    void shouldRejectASignatureReplayedWithAnotherTimestamp() {
        assertThat(check(String.valueOf(TIMESTAMP + 1), SLACKS_SIGNATURE, BODY, THEN))
                .isEqualTo(Outcome.WRONG_SIGNATURE);
    }

    @Test
    void shouldRejectAMissingSignature() {
        assertThat(check(String.valueOf(TIMESTAMP), null, BODY, THEN)).isEqualTo(Outcome.MISSING_SIGNATURE);
        assertThat(check(String.valueOf(TIMESTAMP), " ", BODY, THEN)).isEqualTo(Outcome.MISSING_SIGNATURE);
    }

    @Test
    void shouldRejectAMissingTimestamp() {
        assertThat(check(null, SLACKS_SIGNATURE, BODY, THEN)).isEqualTo(Outcome.MISSING_TIMESTAMP);
        assertThat(check("", SLACKS_SIGNATURE, BODY, THEN)).isEqualTo(Outcome.MISSING_TIMESTAMP);
    }

    @Test
    void shouldRejectAGarbledTimestamp() {
        for (String garbled : new String[] {"yesterday", "-1531420618", "1.5e9", "15314206180000000000", "0x5b4"}) {
            assertThat(check(garbled, SLACKS_SIGNATURE, BODY, THEN)).as(garbled)
                    .isEqualTo(Outcome.MALFORMED_TIMESTAMP);
        }
    }

    @Test
    void shouldRejectAGarbledSignature() {
        for (String garbled : new String[] {"v1=" + SLACKS_SIGNATURE.substring(3), "v0=abc",
                SLACKS_SIGNATURE.substring(3), SLACKS_SIGNATURE + "00"}) {
            assertThat(check(String.valueOf(TIMESTAMP), garbled, BODY, THEN)).as(garbled)
                    .isEqualTo(Outcome.MALFORMED_SIGNATURE);
        }
    }
}
