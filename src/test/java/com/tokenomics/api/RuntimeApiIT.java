package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenomics.slack.SlackRequests;
import com.tokenomics.web.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged function (target/function.zip) as Lambda runs it: started against a Runtime API that feeds it API
 * Gateway HTTP API events (payload 2.0). The native bootstrap when the zip holds one (-Dnative), else the JVM handler
 * under AWS's runtime interface client. Every event must get a response, never an /error call nor a 5xx.
 */
@EnabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging")
class RuntimeApiIT {

    private static final Path FUNCTION_ZIP = Path.of(System.getProperty("function.zip", "target/function.zip"));
    private static final Path RUNTIME_CLIENT = Path.of(
            System.getProperty("runtime-interface-client.dir", "target/runtime-interface-client"));
    private static final Path WORK = Path.of(System.getProperty("runtime-api.work", "target/runtime-api"));
    private static final String HOST = PackagedFunction.API_HOST;
    /** The JVM function's first answer takes seconds (class loading, Quarkus start); the native one, milliseconds. */
    private static final Duration FIRST_ANSWER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int SEQUENTIAL_INVOCATIONS = 500;

    private static RuntimeApi api;
    private static PackagedFunction function;
    private static Path taskRoot;

    /** One answer as API Gateway would turn it into an HTTP response: status, headers (lower case), decoded body. */
    private record Reply(int status, JsonNode headers, String body) {

        String header(String name) {
            return headers.path(name.toLowerCase(Locale.ROOT)).asText(null);
        }

        JsonNode json() throws Exception {
            return ApiGatewayEvents.JSON.readTree(body);
        }
    }

    @BeforeAll
    static void startTheFunction() throws Exception {
        assertThat(FUNCTION_ZIP).as("the packaged function; run mvn verify, not just test").isRegularFile();
        Files.createDirectories(WORK);
        taskRoot = PackagedFunction.unpack(FUNCTION_ZIP, WORK);
        api = new RuntimeApi();
        // The first event waits before the function starts, so the time measured is launch to first answer.
        CompletableFuture<RuntimeApi.Answer> first = api.invoke(post("/v1/evaluate", Requests.ARTICLE_ON_GH200)
                .toString());
        long launchedNanos = System.nanoTime();
        function = PackagedFunction.start(taskRoot, api, RUNTIME_CLIENT, WORK.resolve("function.log"));
        RuntimeApi.Answer answer = first.get(FIRST_ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        double coldStartMs = (answer.arrivedNanos() - launchedNanos) / 1e6;
        assertThat(reply(answer).status()).as(function.output()).isEqualTo(200);
        System.out.printf(Locale.ROOT, "Runtime API harness, %s: launch to first evaluate answer %.1f ms%n",
                kind(), coldStartMs);
    }

    @AfterAll
    static void stopTheFunction() throws Exception {
        if (function != null) {
            assertThat(api.initErrors()).as("/init/error calls").isEmpty();
            assertThat(function.alive()).as("still polling; output:%n%s", function.output()).isTrue();
            function.close();
        }
        if (api != null) {
            api.close();
        }
    }

    private static String kind() {
        return function.nativeExecutable() ? "native bootstrap" : "JVM handler under the runtime interface client";
    }

    private static ObjectNode event(String method, String path) {
        int query = path.indexOf('?');
        ObjectNode event = ApiGatewayEvents.event(method, query < 0 ? path : path.substring(0, query), HOST,
                System.currentTimeMillis() / 1_000);
        event.put("rawQueryString", query < 0 ? "" : path.substring(query + 1));
        ((ObjectNode) event.get("headers")).put("x-forwarded-proto", "https").put("x-forwarded-port", "443");
        return event;
    }

    private static ObjectNode post(String path, String json) {
        ObjectNode event = event("POST", path);
        body(event, json.getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) event.get("headers")).put("content-type", "application/json");
        return event;
    }

    /**
     * The body as text when it is UTF-8, else base64-encoded, as API Gateway passes bodies on, with the client's
     * Content-Length among the headers.
     */
    private static void body(ObjectNode event, byte[] body) {
        ((ObjectNode) event.get("headers")).put("content-length", Integer.toString(body.length));
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            event.put("body", text).put("isBase64Encoded", false);
        } catch (CharacterCodingException e) {
            event.put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);
        }
    }

    private static Reply reply(RuntimeApi.Answer answer) throws Exception {
        assertThat(answer.error()).as("an /error call (%s): %s", answer.errorType(), answer.body()).isFalse();
        JsonNode response = ApiGatewayEvents.JSON.readTree(answer.body());
        String body = response.path("body").asText("");
        if (response.path("isBase64Encoded").asBoolean()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        ObjectNode headers = ApiGatewayEvents.JSON.createObjectNode();
        response.path("headers").fields().forEachRemaining(
                header -> headers.set(header.getKey().toLowerCase(Locale.ROOT), header.getValue()));
        int status = response.path("statusCode").asInt();
        assertThat(status).as("status of %s", body).isLessThan(500);
        return new Reply(status, headers, body);
    }

    private static Reply send(ObjectNode event) throws Exception {
        return reply(api.invoke(event.toString()).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void shouldHoldTheKindOfFunctionTheBuildWasAskedFor() throws Exception {
        assertThat(function.nativeExecutable()).as("a native bootstrap in function.zip")
                .isEqualTo(Boolean.getBoolean("function.native"));
        if (function.nativeExecutable()) {
            assertThat(Files.getPosixFilePermissions(taskRoot.resolve("bootstrap")))
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        } else {
            try (Stream<Path> jars = Files.list(taskRoot.resolve("lib"))) {
                assertThat(jars.map(jar -> jar.getFileName().toString()))
                        .anyMatch(jar -> jar.startsWith("io.quarkus.quarkus-amazon-lambda"));
            }
        }
    }

    @Test
    void shouldAnswerPageThroughRuntimeApi() throws Exception {
        Reply page = send(event("GET", "/"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.body()).contains("<title>Tokenomics");
    }

    @Test
    void shouldServeTheOpenApiDocumentThroughRuntimeApi() throws Exception {
        // A native image carries the document written while it was built, not the generated one.
        Reply document = send(event("GET", "/q/openapi?format=json"));

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).as("the document's body; headers %s", document.headers()).isNotEmpty();
        assertThat(document.json().at("/info/title").asText()).isEqualTo("Tokenomics API");
        assertThat(document.json().at("/paths/~1v1~1evaluate/post")).isNotEmpty();
    }

    @Test
    void shouldEvaluateAJsonBodyThroughRuntimeApi() throws Exception {
        Reply evaluation = send(post("/v1/evaluate", Requests.ARTICLE_ON_GH200));

        assertThat(evaluation.status()).isEqualTo(200);
        assertThat(evaluation.json().at("/memory/totalGiB").asDouble()).isBetween(179.213, 179.214);
        assertThat(evaluation.json().at("/sizing/chips").asLong()).isEqualTo(2);
    }

    @Test
    void shouldEvaluateABase64BodyThroughRuntimeApi() throws Exception {
        byte[] body = Requests.ARTICLE_ON_GH200.getBytes(StandardCharsets.UTF_8);
        ObjectNode event = post("/v1/evaluate", Requests.ARTICLE_ON_GH200)
                .put("body", Base64.getEncoder().encodeToString(body)).put("isBase64Encoded", true);

        Reply evaluation = send(event);

        assertThat(evaluation.status()).isEqualTo(200);
        assertThat(evaluation.json().at("/memory/totalGiB").asDouble()).isBetween(179.213, 179.214);
    }

    @Test
    void shouldEvaluateAGetThroughRuntimeApi() throws Exception {
        Reply evaluation = send(event("GET", "/v1/evaluate?" + Requests.ARTICLE_QUERY));

        assertThat(evaluation.status()).isEqualTo(200);
        assertThat(evaluation.json().at("/memory/totalGiB").asDouble()).isBetween(179.213, 179.214);
        assertThat(evaluation.json().at("/sizing/chips").asLong()).isEqualTo(2);
    }

    @Test
    void shouldCompareSystemsThroughRuntimeApi() throws Exception {
        Reply comparison = send(post("/v1/compare", """
                {"scenario": {"model": "llama-3.1-70b", "workload": {"users": 64, "inputTokens": 2000,
                 "outputTokens": 500}}, "systems": ["h200-hgx", "gb200-nvl72", "b200-hgx"]}"""));

        assertThat(comparison.status()).isEqualTo(200);
        JsonNode entries = comparison.json().get("entries");
        assertThat(entries).hasSize(3);
        assertThat(Stream.of(0, 1, 2).map(i -> entries.get(i).get("rankByCost").asInt())).containsExactly(1, 2, 3);
    }

    @Test
    void shouldSweepUsersThroughRuntimeApi() throws Exception {
        Reply sweep = send(post("/v1/sweep", """
                {"scenario": {"model": "llama-3.1-70b", "system": "gb200-nvl72",
                 "workload": {"users": 64, "inputTokens": 2000, "outputTokens": 500}},
                 "vary": [{"parameter": "users", "from": 1, "to": 256, "points": 9, "scale": "log"}]}"""));

        assertThat(sweep.status()).isEqualTo(200);
        assertThat(sweep.json().get("count").asInt()).isEqualTo(9);
        assertThat(sweep.json().at("/points/8/values/users").asInt()).isEqualTo(256);
    }

    @Test
    void shouldDrawTheBadgeThroughRuntimeApi() throws Exception {
        Reply badge = send(event("GET", "/v1/badge.svg?" + Requests.ARTICLE_QUERY + "&chipsPerRack=72"
                + "&powerPerRackKw=120&pricePerRackUsd=3e6&racks=1&tokensPerSecond=50000&utilization=0.6"));

        assertThat(badge.status()).isEqualTo(200);
        assertThat(badge.header("content-type")).startsWith("image/svg+xml");
        assertThat(badge.body()).contains("cost / 1M tokens: $1.191");
    }

    @Test
    void shouldDescribeTheWidgetByOEmbedThroughRuntimeApi() throws Exception {
        String scenario = "model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000";
        Reply oembed = send(event("GET", "/oembed?format=json&url=https%3A%2F%2F" + HOST + "%2F%3F"
                + scenario.replace("=", "%3D").replace("&", "%26")));

        assertThat(oembed.status()).as(oembed.body()).isEqualTo(200);
        assertThat(oembed.json().get("type").asText()).isEqualTo("rich");
        assertThat(oembed.json().get("title").asText()).isEqualTo("Tokenomics: Llama 3.1 70B on NVIDIA GB200 NVL72");
        assertThat(oembed.json().get("html").asText()).startsWith("<iframe src=\"https://" + HOST + "/embed?");
    }

    @Test
    void shouldAnswerACorsPreflightThroughRuntimeApi() throws Exception {
        ObjectNode event = event("OPTIONS", "/v1/evaluate");
        ((ObjectNode) event.get("headers")).put("origin", "https://pricing.example.test")
                .put("access-control-request-method", "POST").put("access-control-request-headers", "content-type");

        Reply preflight = send(event);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("access-control-allow-origin")).isIn("*", "https://pricing.example.test");
        assertThat(preflight.header("access-control-allow-methods")).contains("POST");
    }

    @Test
    void shouldAnswerASignedSlackCommandWithABase64BodyThroughRuntimeApi() throws Exception {
        String form = SlackRequests.form("llama-3.1-70b on h200 users=64 context=8k public");
        String timestamp = SlackRequests.now();
        ObjectNode event = event("POST", "/slack/commands");
        body(event, form.getBytes(StandardCharsets.UTF_8));
        event.put("body", Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8)))
                .put("isBase64Encoded", true);
        ((ObjectNode) event.get("headers")).put("content-type", "application/x-www-form-urlencoded")
                .put("x-slack-request-timestamp", timestamp)
                .put("x-slack-signature", SlackRequests.signature(timestamp, form))
                .put("user-agent", "Slackbot 1.0 (+https://api.slack.com/robots)");

        Reply reply = send(event);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.json().findValue("url").asText()).isEqualTo("https://" + HOST
                + "/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }

    /**
     * The corpus but for the cases an HTTP server refuses before the application (problem: false): on AWS, API
     * Gateway refuses such requests (an over-long request line, a body beyond its 10 MB limit) itself.
     */
    static Stream<BadInput> badInputs() {
        return BadInput.all().stream().filter(BadInput::problem);
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void shouldAnswerBadInputWithAProblemThroughRuntimeApi(BadInput input) throws Exception {
        ObjectNode event = event(input.method(), input.path());
        ObjectNode headers = (ObjectNode) event.get("headers");
        if (input.contentType() != null) {
            headers.put("content-type", input.contentType());
        }
        if (input.accept() != null) {
            headers.put("accept", input.accept());
        }
        if (input.body() != null) {
            body(event, input.body());
        }

        Reply problem = send(event);

        if (input.status() != null) {
            assertThat(problem.status()).as(problem.body()).isEqualTo(input.status());
        }
        assertThat(problem.status()).as(problem.body()).isBetween(400, 499);
        assertThat(problem.header("content-type")).startsWith(Problem.MEDIA_TYPE);
        assertThat(problem.json().path("status").asInt()).isEqualTo(problem.status());
    }

    @Test
    void shouldAnswerSequentialInvocationsThroughRuntimeApi() throws Exception {
        String event = post("/v1/evaluate", Requests.ARTICLE_ON_GH200).toString();
        long startNanos = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL_INVOCATIONS; i++) {
            assertThat(reply(api.invoke(event).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).status())
                    .isEqualTo(200);
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;

        System.out.printf(Locale.ROOT, "Runtime API harness, %s: %d sequential evaluations at %.0f invocations/s, "
                + "RSS %d MiB after them%n", kind(), SEQUENTIAL_INVOCATIONS, SEQUENTIAL_INVOCATIONS / seconds,
                function.residentKiB() / 1024);
    }
}
