package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.RequestHead;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request smuggling (RFC 9112 §6.3): a body whose end is in doubt is refused and the connection closed, so that the
 * request written after it, which a proxy in front may have read as part of the body, is never answered.
 */
@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // API Gateway parses HTTP itself
class RequestFramingTest {

    private static final String SMUGGLED = "GET /v1/catalog/presets?q=typical HTTP/1.1\r\nHost: localhost\r\n\r\n";
    /** Long enough for a server that keeps the connection open to show it; a refusal closes it at once. */
    private static final int SILENCE_MS = 2_000;

    private static RawHttp.Answer post(String framingHeaders, String body) {
        return RawHttp.exchange("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + framingHeaders + "\r\n" + body + SMUGGLED, SILENCE_MS);
    }

    /** Refused by this application or, for codings it cannot even parse, by the HTTP layer (an empty 400). */
    private static void assertRefusedAndClosed(RawHttp.Answer answer) {
        assertThat(answer.text()).startsWith("HTTP/1.1 400");
        assertThat(answer.closed()).as("connection closed").isTrue();
        assertThat(answer.responses()).as("responses, the smuggled request's among them").isEqualTo(1);
        assertThat(answer.text()).doesNotContain("\"count\"");
    }

    @Test
    void shouldSayWhyAnUnknownTransferEncodingIsRefused() {
        RawHttp.Answer answer = post("Transfer-Encoding: xchunked\r\nContent-Length: 5\r\n", "{\"a\":");

        assertThat(answer.text()).contains("application/problem+json").endsWith(RequestHead.problem(400,
                "Bad Request", RequestHead.BAD_FRAMING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xchunked", "gzip", "identity", "\"chunked\"", "chunked;q=1", "gzip, chunked",
        "chunked, chunked", "chunked, gzip", "chunked,", "x-chunked", "chunk", "chunked\u000b", "deflate", ","})
    void shouldRefuseATransferEncodingOtherThanChunkedAndCloseTheConnection(String coding) {
        assertRefusedAndClosed(post("Transfer-Encoding: " + coding + "\r\n", "{\"a\":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xchunked", "gzip", "identity", "\"chunked\"", "chunked;q=1"})
    void shouldRefuseATransferEncodingOtherThanChunkedWithAContentLength(String coding) {
        assertRefusedAndClosed(post("Transfer-Encoding: " + coding + "\r\nContent-Length: 5\r\n", "{\"a\":"));
    }

    @Test
    void shouldRefuseTwoTransferEncodingLines() {
        assertRefusedAndClosed(post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
                "2\r\n{}\r\n0\r\n\r\n"));
    }

    @Test
    void shouldRefuseATransferEncodingOnHttp10() {
        RawHttp.Answer answer = RawHttp.exchange("POST /v1/evaluate HTTP/1.0\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                + SMUGGLED, SILENCE_MS);

        assertThat(answer.text()).startsWith("HTTP/1.0 400");
        assertThat(answer.closed()).isTrue();
        assertThat(answer.responses()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5", "-5", "0x5", "5, 5", "5 5", "5;", "1e1", "99999999999999999999"})
    void shouldRefuseAContentLengthThatIsNotOneNumber(String length) {
        assertRefusedAndClosed(post("Content-Length: " + length + "\r\n", "{\"a\":"));
    }

    @Test
    void shouldRefuseTwoContentLengthLines() {
        assertRefusedAndClosed(post("Content-Length: 5\r\nContent-Length: 5\r\n", "{\"a\":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/1.2", "HTTP/2.0", "HTTP/9.9"})
    void shouldRefuseAVersionOtherThanHttp10And11AndCloseTheConnection(String version) {
        RawHttp.Answer answer = RawHttp.exchange("GET /v1/catalog/presets?q=typical " + version
                + "\r\nHost: localhost\r\n\r\n" + SMUGGLED, SILENCE_MS);

        assertThat(answer.text()).contains(" 505 ").contains("application/problem+json")
                .doesNotContain("\"count\"");
        assertThat(answer.closed()).isTrue();
        assertThat(answer.responses()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chunked", "Chunked", " chunked "})
    void shouldReadAChunkedBodyAndAnswerTheRequestPipelinedAfterIt(String coding) {
        RawHttp.Answer answer = RawHttp.exchange("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: " + coding + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                + "GET /v1/catalog/presets?q=typical HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                SILENCE_MS);

        assertThat(answer.text()).startsWith("HTTP/1.1 422").contains("\"count\":1");
        assertThat(answer.responses()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheConnectionOfAPlainContentLengthOpen() {
        String body = "{}";
        RawHttp.Answer answer = RawHttp.exchange("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body, 500);

        assertThat(answer.text()).startsWith("HTTP/1.1 422");
        assertThat(answer.closed()).isFalse();
    }
}
