package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command docs/slack.md and the help reply show, sent as Slack sends it (signed): each evaluates, or answers
 * the usage where it asks for help. A copied example that fails is a bug.
 */
@QuarkusTest
class SlackDocsExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A command as written in the docs: up to a closing backtick or the line's end; "<model>" is the grammar. */
    private static final Pattern COMMAND = Pattern.compile("/tokenomics ([^`\\n<\\[]+?)\\s*(?:`|$)",
            Pattern.MULTILINE);

    private static JsonNode reply(String text) throws IOException {
        return JSON.readTree(SlackRequests.command(text).when().post("/slack/commands")
                .then().statusCode(200).extract().asString());
    }

    private static Set<String> commands(String text) {
        Set<String> commands = new LinkedHashSet<>();
        Matcher command = COMMAND.matcher(text);
        while (command.find()) {
            commands.add(command.group(1));
        }
        return commands;
    }

    @TestFactory
    Stream<DynamicTest> shouldEvaluateEveryCommandInTheDocs() throws IOException {
        Set<String> commands = commands(Files.readString(Path.of("docs/slack.md")));
        commands.addAll(commands(RepliesTest.texts(reply("help")).replace("&lt;", "<").replace("&gt;", ">")));
        assertThat(commands).contains("llama-3.1-405b gb300 precision=fp8 utilization=70% racks=2")
                .hasSizeGreaterThanOrEqualTo(5);
        return commands.stream().map(text -> DynamicTest.dynamicTest(text, () -> {
            JsonNode reply = reply(text);
            String texts = RepliesTest.texts(reply);
            assertThat(texts).as(text).doesNotContain("could not").doesNotContain("failed unexpectedly");
            if (!text.equals("help")) {
                assertThat(reply.at("/blocks/0/type").asText()).as(text).isEqualTo("header");
                assertThat(reply.at("/blocks/1/fields/0/text").asText()).as(text).startsWith("*Memory*");
            }
        }));
    }

    @Test
    void shouldStateTheDefaultWorkloadOfTheDocumentedExampleWithoutOne() throws IOException {
        JsonNode reply = reply("llama-3.1-405b gb300 precision=fp8 utilization=70% racks=2");

        assertThat(RepliesTest.texts(reply)).contains(CommandGrammar.DEFAULT_WORKLOAD_NOTE);
        assertThat(reply.findValue("url").asText()).endsWith("/?model=llama-3.1-405b&system=gb300-nvl72"
                + "&weights=fp8&utilization=0.7&racks=2&users=64&input=2000&output=500");
    }

    @Test
    void shouldAskForTheMissingPartOfAWorkloadInTheCommandsKeys() throws IOException {
        assertThat(RepliesTest.texts(reply("llama-3.1-405b gb300 users=64")))
                .contains("`context` is required: a whole number from 1 to 1,000,000,000 (tokens).")
                .doesNotContain("contextTokens").doesNotContain("workload");
    }

    @Test
    void shouldPriceAContextGivenAloneAsTheCalculatorDoes() throws IOException {
        assertThat(RepliesTest.texts(reply("llama-3.1-70b on h200 users=64 context=8k")))
                .contains("$2.54 / M tokens")
                .contains("Read `context=8000` as 7,000 prompt + 1,000 generated tokens, as the web calculator does");
    }

    @Test
    void shouldLetTheEstimatorChooseTheUsersOfAContextGivenAlone() throws IOException {
        assertThat(RepliesTest.texts(reply("llama-3.1-70b h200 users=max context=8k")))
                .contains("/ M tokens").doesNotContain("instead of").doesNotContain("workload.");
    }
}
