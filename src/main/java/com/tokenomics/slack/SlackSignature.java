package com.tokenomics.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature (v0): {@code "v0=" + hex(HMAC-SHA256(signingSecret, "v0:" + timestamp + ":" + body))},
 * over the body exactly as received. A request older or newer than {@link #MAX_CLOCK_SKEW} is refused, so that a
 * captured request cannot be replayed later.
 */
final class SlackSignature {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String VERSION = "v0";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int HMAC_SHA256_HEX_CHARS = 64;
    /** Seconds since 1970 have 10 digits until 2286; more digits is garbage, not a time. */
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    /** Why a request was refused, or that it was not. The reason is for the log; callers see only "unauthorized". */
    enum Outcome {
        VALID, MISSING_TIMESTAMP, MALFORMED_TIMESTAMP, OUTSIDE_REPLAY_WINDOW, MISSING_SIGNATURE, MALFORMED_SIGNATURE,
        WRONG_SIGNATURE
    }

    static Outcome check(String signingSecret, String timestampHeader, String signatureHeader, byte[] body,
            Instant now) {
        if (timestampHeader == null || timestampHeader.isBlank()) {
            return Outcome.MISSING_TIMESTAMP;
        }
        String timestamp = timestampHeader.trim();
        if (timestamp.length() > MAX_TIMESTAMP_DIGITS || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Outcome.MALFORMED_TIMESTAMP;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), now).abs();
        if (skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            return Outcome.OUTSIDE_REPLAY_WINDOW;
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return Outcome.MISSING_SIGNATURE;
        }
        String signature = signatureHeader.trim();
        if (!signature.startsWith(VERSION + "=") || signature.length() != VERSION.length() + 1 + HMAC_SHA256_HEX_CHARS) {
            return Outcome.MALFORMED_SIGNATURE;
        }
        byte[] expected = sign(signingSecret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        // Constant time: how much of a guess matches must not show in the response time.
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))
                ? Outcome.VALID : Outcome.WRONG_SIGNATURE;
    }

    /** The signature header Slack would send for this body at this timestamp. */
    static String sign(String signingSecret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private SlackSignature() {
    }
}
