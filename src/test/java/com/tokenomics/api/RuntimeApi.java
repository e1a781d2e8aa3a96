package com.tokenomics.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS Lambda Runtime API (2018-06-01) as Lambda offers it to a function's runtime, on a loopback port: the
 * runtime polls {@code /invocation/next} for an event and posts its answer to {@code /invocation/{id}/response} or
 * {@code /error}, or reports a failed start to {@code /init/error}
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
 */
final class RuntimeApi implements AutoCloseable {

    static final String FUNCTION_ARN = "arn:aws:lambda:eu-central-1:123456789012:function:tokenomics";
    private static final String BASE = "/2018-06-01/runtime";
    private static final Pattern INVOCATION_ANSWER = Pattern.compile(
            BASE + "/invocation/([^/]+)/(response|error)");
    /** The function's timeout in infra/ (10 s): what the deadline header tells the runtime. */
    private static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(10);
    /** How long one poll of /next waits before answering nothing new to a closing server. */
    private static final long POLL_SLICE_MS = 200;
    private static final int ACCEPTED = 202;
    private static final int NOT_FOUND = 404;

    /** What the function answered to one event: a response or an /error call, and when it arrived. */
    record Answer(boolean error, String body, String errorType, long arrivedNanos) {
    }

    private record Invocation(String requestId, String event, CompletableFuture<Answer> answer) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final Queue<String> initErrors = new ConcurrentLinkedQueue<>();
    private volatile boolean closing;

    RuntimeApi() {
        // Without TCP_NODELAY each small answer waits for the runtime's delayed ACK: ~11 invocations/s, not hundreds.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(BASE + "/invocation/next", this::next);
        server.createContext(BASE + "/invocation/", this::answer);
        server.createContext(BASE + "/init/error", this::initError);
        // /next blocks until an event comes, so each exchange gets a thread of its own.
        server.setExecutor(threads);
        server.start();
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event for the function's next poll; the future completes with its answer. */
    CompletableFuture<Answer> invoke(String event) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>());
        pending.add(invocation);
        return invocation.answer();
    }

    /** The bodies of /init/error calls: a start that failed. */
    Queue<String> initErrors() {
        return initErrors;
    }

    private void next(HttpExchange exchange) throws IOException {
        try (exchange) {
            Invocation invocation = null;
            while (invocation == null && !closing) {
                invocation = pending.poll(POLL_SLICE_MS, TimeUnit.MILLISECONDS);
            }
            if (invocation == null) {
                exchange.sendResponseHeaders(NOT_FOUND, -1);
                return;
            }
            inFlight.put(invocation.requestId(), invocation);
            long deadlineEpochMs = System.currentTimeMillis() + FUNCTION_TIMEOUT.toMillis();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(deadlineEpochMs));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                    "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0");
            byte[] body = invocation.event().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = INVOCATION_ANSWER.matcher(exchange.getRequestURI().getPath());
            Invocation invocation = path.matches() ? inFlight.remove(path.group(1)) : null;
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (invocation == null || !"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(NOT_FOUND, -1);
                return;
            }
            boolean error = "error".equals(path.group(2));
            invocation.answer().complete(new Answer(error, body,
                    exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"), System.nanoTime()));
            accepted(exchange);
        }
    }

    private void initError(HttpExchange exchange) throws IOException {
        try (exchange) {
            initErrors.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            accepted(exchange);
        }
    }

    private static void accepted(HttpExchange exchange) throws IOException {
        byte[] status = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(ACCEPTED, status.length);
        exchange.getResponseBody().write(status);
    }

    @Override
    public void close() {
        closing = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
