package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.scenario.CalculatorLink;
import com.tokenomics.scenario.Calibrations;
import com.tokenomics.scenario.EvaluationResponse;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.QueryParameters;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.web.JsonConfig;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Block Kit replies built from real evaluations, outside Quarkus, against Slack's limits. */
class RepliesTest {

    private static final Catalog CATALOG = new Catalog();
    private static final CommandGrammar GRAMMAR = new CommandGrammar(
            CATALOG.models().stream().map(CatalogModel::id).toList(),
            CATALOG.systems().stream().map(CatalogSystem::id).toList(),
            QueryParameters.FIELDS);
    private static final FlatScenarioEvaluator EVALUATOR = new FlatScenarioEvaluator(
            new ScenarioMapper(CATALOG, new Calibrations()),
            JsonConfig.configuredMapper());
    private static final String BASE = "https://tokenomics.example";


    private static JsonNode reply(String text) {
        Command.Evaluate command = (Command.Evaluate) GRAMMAR.parse(text);
        EvaluationResponse result = EVALUATOR.evaluate(command.parameters().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()))));
        return Replies.evaluation(result, command, Optional.of(CalculatorLink.url(BASE, command.parameters())),
                GRAMMAR::inCommandWords);
    }

    /** Every text of the reply, in order. */
    static String texts(JsonNode node) {
        StringBuilder texts = new StringBuilder();
        node.fields().forEachRemaining(field -> texts.append(field.getKey().equals("text") && field.getValue()
                .isTextual() ? field.getValue().asText() + "\n" : texts(field.getValue())));
        node.elements().forEachRemaining(element -> texts.append(node.isArray() ? texts(element) : ""));
        return texts.toString();
    }

    @Test
    void shouldShowTheArticlesExampleInHumanNumbers() {
        JsonNode reply = reply("llama-3.1-70b on gh200 parameters=70e9 activeParameters=70e9 users=16 context=10000 precision=fp16");

        assertThat(texts(reply)).contains("179.2 GiB").contains("130.4 GiB weights + 48.8 GiB KV cache")
                .contains("1.24 chips (2)");
        assertThat(SlackLimits.violations(reply)).isEmpty();
    }

    @Test
    void shouldShowTheFinanceCheckAsDollarsPerMillionTokens() {
        JsonNode reply = reply("llama-3.1-70b on gh200 parameters=70e9 activeParameters=70e9 users=16 context=10000 memoryPerChipGiB=144 "
                + "chipsPerRack=72 powerPerRackKw=120 pricePerRackUsd=$3M racks=1 tps=50k utilization=60% price=$0.9");

        assertThat(texts(reply)).contains("$1.191 / M tokens").contains("*Tokens per $ per W*\n5.38")
                .contains("*Market at $0.90 / M*\nunsustainable").contains("Unsustainable: losses are 0.32× revenue")
                .contains("utilization 60 % · WACC 8 % · 5 years · PUE 1.3 · electricity $0.08/kWh");
        assertThat(SlackLimits.violations(reply)).isEmpty();
    }

    /** The text of the first field starting with a title, e.g. "*Cost*". */
    private static String field(JsonNode reply, String title) {
        for (JsonNode field : reply.at("/blocks/1/fields")) {
            if (field.path("text").asText().startsWith(title + "\n")) {
                return field.path("text").asText();
            }
        }
        throw new AssertionError("no field " + title + " in " + reply);
    }

    private static String warnings(JsonNode reply) {
        StringBuilder warnings = new StringBuilder();
        reply.findValues("text").stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(text -> text.startsWith(":warning:")).forEach(warnings::append);
        return warnings.toString();
    }

    @Test
    void shouldLabelTheServingModelsEstimateAsEstimated() {
        String throughput = field(reply("llama-3.1-70b on gb200-nvl72 users=64 input=2k output=500"), "*Throughput*");

        assertThat(throughput).contains(" tokens/s\nestimated: ≈ ").contains(" per chip, ±").doesNotContain("measured");
    }

    @Test
    void shouldLabelAMeasuredReferenceAsMeasured() {
        String throughput = field(reply("llama-2-70b on h200 users=64 input=2k output=500"), "*Throughput*");

        assertThat(throughput).contains(" tokens/s\nmeasured: mlperf-");
    }

    @Test
    void shouldSuggestTheGeneratedTokensWhenTheEstimateLacksThem() {
        JsonNode reply = reply("llama-3.1-70b on gb200-nvl72 users=64 input=2k output=0");

        assertThat(field(reply, "*Cost*")).isEqualTo("*Cost*\nunknown: add `input=` and `output=` (the estimate "
                + "needs the generated tokens), or `tps=` (tokens/s)");
        assertThat(field(reply, "*Throughput*")).isEqualTo("*Throughput*\nunknown: `input=` and `output=` (the "
                + "estimate needs the generated tokens), or `tps=` (tokens/s)");
    }

    @Test
    void shouldSuggestThePriceThePowerAndTpsForASystemWithoutThem() {
        JsonNode reply = reply("llama-3.1-70b on article-sram-rack users=16 context=10k");

        assertThat(field(reply, "*Cost*")).isEqualTo("*Cost*\nunknown: add `pricePerRackUsd=` and `powerPerRackKw=`, "
                + "and `tps=` (tokens/s)");
    }

    @Test
    void shouldWriteTheWarningsInTheCommandsKeys() {
        String warnings = warnings(reply("llama-3.1-70b on article-sram-rack users=16 context=10k"));

        assertThat(warnings).contains("The system has no price: give `pricePerRackUsd=` to get the cost.")
                .contains("need `tps=` (total tokens per second of the deployment), or `memoryBandwidthTBps=`")
                .contains("not verified against a primary source: `wacc=`, `utilization=`, `averagePowerFraction=`")
                .doesNotContain("system.").doesNotContain("deployment.").doesNotContain("/finance/");
    }

    @Test
    void shouldLinkToTheCalculatorWithTheSameParameters() {
        JsonNode reply = reply("llama-3.1-70b on h200 users=64 context=8k");

        assertThat(reply.findValue("url").asText())
                .isEqualTo(BASE + "/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }

    @Test
    void shouldSayHowAShortenedIdWasRead() {
        assertThat(texts(reply("llama-3.1-70b on h200 users=64 context=8k"))).contains("Read `h200` as `h200-hgx`.");
    }

    @Test
    void shouldBeEphemeralUnlessPublic() {
        assertThat(reply("llama-3.1-70b on h200 users=1 context=1").path("response_type").asText())
                .isEqualTo("ephemeral");
        assertThat(reply("llama-3.1-70b on h200 users=1 context=1 public").path("response_type").asText())
                .isEqualTo("in_channel");
    }

    @Test
    void shouldStayWithinSlacksLimitsForEveryModelOnEverySystem() {
        for (CatalogModel model : CATALOG.models()) {
            for (CatalogSystem system : CATALOG.systems()) {
                JsonNode reply = reply(model.id() + " on " + system.id() + " users=64 context=8k price=1");
                assertThat(SlackLimits.violations(reply)).as(model.id() + " on " + system.id()).isEmpty();
            }
        }
    }

    @Test
    void shouldCutALongUserGivenNameToTheHeaderLimit() {
        JsonNode reply = reply("llama-3.1-70b on h200 users=1 context=1 modelName=" + "M".repeat(100)
                + " systemName=" + "S".repeat(100));

        assertThat(reply.path("blocks").path(0).path("text").path("text").asText()).hasSizeLessThanOrEqualTo(150);
        assertThat(SlackLimits.violations(reply)).isEmpty();
    }

    @Test
    void shouldLeaveOutALinkLongerThanSlackAllows() {
        Command.Evaluate command = (Command.Evaluate) GRAMMAR.parse("llama-3.1-70b on h200 users=1 context=1");
        EvaluationResponse result = EVALUATOR.evaluate(Map.of("model", List.of("llama-3.1-70b"),
                "system", List.of("h200-hgx"), "users", List.of("1"), "context", List.of("1")));

        JsonNode reply = Replies.evaluation(result, command, Optional.of(BASE + "/?" + "x".repeat(3_000)),
                GRAMMAR::inCommandWords);

        assertThat(reply.findValues("url")).isEmpty();
        assertThat(SlackLimits.violations(reply)).isEmpty();
    }

    @Test
    void shouldEscapeUserTextSoThatItCannotMentionAnyone() {
        JsonNode reply = reply("llama-3.1-70b on h200 users=1 context=1 modelName=<!channel>");

        assertThat(reply.path("text").asText()).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
    }

    @Test
    void shouldListManyLongProblemsWithinTheLimits() {
        List<String> problems = IntStream.range(0, 50).mapToObj(i -> "problem " + i + " " + "é🙂".repeat(200))
                .toList();

        JsonNode reply = Replies.rejected(problems);

        assertThat(SlackLimits.violations(reply)).isEmpty();
        assertThat(texts(reply)).contains("/tokenomics help");
    }

    @Test
    void shouldKeepTheHelpWithinTheLimits() {
        JsonNode reply = Replies.help(GRAMMAR.modelIds(), GRAMMAR.systemIds());

        assertThat(SlackLimits.violations(reply)).isEmpty();
        assertThat(texts(reply)).contains("`k` = 1,000").contains("llama-3.1-70b").contains("h200-hgx");
    }

    @Test
    void shouldKeepTheHelpWithinTheLimitsForAHugeCatalog() {
        List<String> ids = Collections.nCopies(1_000, "some-very-long-catalog-identifier");

        assertThat(SlackLimits.violations(Replies.help(ids, ids))).isEmpty();
    }

    @Test
    void shouldApologizeWithinTheLimits() {
        assertThat(SlackLimits.violations(Replies.failed())).isEmpty();
    }
}
