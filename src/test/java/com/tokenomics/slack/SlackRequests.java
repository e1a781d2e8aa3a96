package com.tokenomics.slack;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Slash-command requests as Slack sends them: a form body, signed with the test profile's signing secret. */
public final class SlackRequests {

    /** The value of {@code %test.tokenomics.slack.signing-secret} in application.properties. */
    public static final String TEST_SECRET = "test-signing-secret-not-for-production";

    public static String form(String text) {
        return form(text, "https://hooks.slack.com/commands/1234/5678");
    }

    static String form(String text, String responseUrl) {
        return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705"
                + "&channel_name=test&user_id=U2147483697&user_name=steve&command=%2Ftokenomics&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A123456&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
                + "&trigger_id=13345224609.738474920.8088930838d88f008e0";
    }

    public static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    public static String signature(String timestamp, String body) {
        return SlackSignature.sign(TEST_SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body goes out as given: it is ASCII already (URL-encoded), so no charset changes it. */
    static RequestSpecification unsigned(String body) {
        return RestAssured.given()
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false))
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .contentType("application/x-www-form-urlencoded")
                .body(body);
    }

    static RequestSpecification signed(String body) {
        return signedAt(now(), body);
    }

    /** Signed as Slack would have signed it when it sent the request at {@code timestamp} (seconds). */
    static RequestSpecification signedAt(String timestamp, String body) {
        return unsigned(body)
                .header(SlackCommandResource.TIMESTAMP_HEADER, timestamp)
                .header(SlackCommandResource.SIGNATURE_HEADER, signature(timestamp, body));
    }

    static RequestSpecification command(String text) {
        return signed(form(text));
    }

    private SlackRequests() {
    }
}
