package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.api.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // API Gateway always sends a valid Host
class HttpLayerFailuresTest {

    @Test
    void shouldAnswerAHostThatIsNotAnAddressWithAProblem() {
        String answer = RawHttp.send("GET /v1/evaluate?model=llama-3.1-70b HTTP/1.1\r\nHost: a b\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("content-type: application/problem+json")
                .endsWith(HttpLayerFailures.BAD_HOST);
    }

    @Test
    void shouldAnswerAnHttp11RequestWithoutHostWithAProblem() {
        String answer = RawHttp.send("GET /q/health/live HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").endsWith(HttpLayerFailures.BAD_HOST);
    }

    @Test
    void shouldNotLogAnErrorForAChunkedBodyPastTheHttpLimit() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            org.jboss.logging.Logger.getLogger(HttpLayerFailuresTest.class).error("capture check");
            assertThat(errors).as("the handler sees the application's ERROR lines").hasSize(1);
            errors.clear();

            String answer = chunkedPost(17 * 1024 * 1024);
            // the application's failed read is handled after the 413 has gone out: give it time to log, if it does
            long deadline = System.nanoTime() + 1_000_000_000L;
            while (errors.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(answer).satisfiesAnyOf(status -> assertThat(status).startsWith("HTTP/1.1 413"),
                    status -> assertThat(status).isEmpty()); // the connection may be reset before it is read
            assertThat(errors).isEmpty();
        } finally {
            root.removeHandler(capture);
        }
    }

    /**
     * One chunk of {@code bytes} spaces; the answer, or "" when the server's close reset the connection first. The
     * server stops reading at its limit, so writing the rest may fail too.
     */
    private static String chunkedPost(int bytes) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(RawHttp.TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(bytes)
                        + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(" ".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (SocketException closedEarly) {
                // the answer may already be there to read
            }
            try {
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            } catch (SocketException reset) {
                return "";
            }
        }
    }

    @Test
    void shouldLetAnHttp10RequestWithoutHostThrough() {
        assertThat(RawHttp.getWithoutHost("/q/health/live")).startsWith("HTTP/1.0 200");
    }
}
