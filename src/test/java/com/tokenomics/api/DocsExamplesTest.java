package com.tokenomics.api;

import static com.tokenomics.api.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request the README and docs/ show against localhost, sent as a reader would: each curl command (its method,
 * path and -d body) and each GET address written in backticks. An example in the docs that fails is a bug.
 */
@QuarkusTest
class DocsExamplesTest {

    private static final Pattern CURL = Pattern.compile(
            "curl -s(?: -X (POST|GET))? '?http://localhost:8080(/[^\\s']*)'?(?:[^\\n]*?-d '([^']*)')?", Pattern.DOTALL);
    private static final Pattern GET_IN_TEXT = Pattern.compile("`(/(?:v1/[a-z/]+)?\\?[^`\\s]+)`");

    record Example(String file, String method, String path, String body) {
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryExampleInTheDocs() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.file() + " " + example.method() + " "
                + example.path(), () -> {
                    var request = given();
                    if (example.body() != null) {
                        request = request.contentType(ContentType.JSON).body(example.body());
                    }
                    int status = ("POST".equals(example.method()) ? request.post(example.path())
                            : request.get(example.path())).statusCode();
                    assertThat(status).as(example.toString()).isEqualTo(200);
                }));
    }

    static List<Example> examples() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher curl = CURL.matcher(text);
            while (curl.find()) {
                if (curl.group(2).startsWith("/slack/")) {
                    continue; // signed with a shell-computed HMAC: SlackCommandResourceTest sends the same command
                }
                String body = curl.group(3);
                String method = curl.group(1) != null ? curl.group(1) : body != null ? "POST" : "GET";
                examples.add(new Example(file.toString(), method, curl.group(2), body));
            }
            Matcher get = GET_IN_TEXT.matcher(text);
            while (get.find()) {
                examples.add(new Example(file.toString(), "GET", get.group(1), null));
            }
        }
        return examples;
    }
}
