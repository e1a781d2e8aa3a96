package com.tokenomics.api;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Requests REST Assured cannot send, such as HTTP/1.0 without a Host header, written to the test server's socket. */
public final class RawHttp {

    /** A server that stays silent fails the test instead of hanging the build. */
    public static final int TIMEOUT_MS = 10_000;

    /** The whole answer, status line to body; HTTP/1.0 closes the connection after it. */
    public static String send(String request) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Everything the server writes until it closes the connection or stays silent for {@code silenceMs}: a closed
     * connection after a refusal, or an open one still waiting for more.
     */
    public static Answer exchange(String request, int silenceMs) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(silenceMs);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = socket.getInputStream().read(buffer)) >= 0; ) {
                    text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                }
                return new Answer(text.toString(), true);
            } catch (SocketTimeoutException silent) {
                return new Answer(text.toString(), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back on one connection, and whether the server closed it. */
    public record Answer(String text, boolean closed) {

        private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] \\d{3} ");

        /** How many responses came back (each starts right after the last body): a smuggled one is too many. */
        public long responses() {
            return STATUS_LINE.matcher(text).results().count();
        }
    }

    public static String getWithoutHost(String target) {
        return send("GET " + target + " HTTP/1.0\r\n\r\n");
    }

    private RawHttp() {
    }
}
