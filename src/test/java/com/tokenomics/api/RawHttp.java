package com.tokenomics.api;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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

    public static String getWithoutHost(String target) {
        return send("GET " + target + " HTTP/1.0\r\n\r\n");
    }

    private RawHttp() {
    }
}
