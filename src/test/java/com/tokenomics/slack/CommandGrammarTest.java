package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.scenario.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommandGrammarTest {

    private static final Catalog CATALOG = new Catalog();
    private static final CommandGrammar GRAMMAR = new CommandGrammar(
            CATALOG.models().stream().map(CatalogModel::id).toList(),
            CATALOG.systems().stream().map(CatalogSystem::id).toList(),
            QueryParameters.FIELDS);

    private static Command.Evaluate evaluate(String text) {
        Command command = GRAMMAR.parse(text);
        assertThat(command).as(text).isInstanceOf(Command.Evaluate.class);
        return (Command.Evaluate) command;
    }

    private static Map<String, String> parameters(String text) {
        return evaluate(text).parameters();
    }

    private static String problems(String text) {
        Command command = GRAMMAR.parse(text);
        assertThat(command).as(text).isInstanceOf(Command.Rejected.class);
        return String.join("\n", ((Command.Rejected) command).problems());
    }

    @Test
    void shouldReadTheIssuesExample() {
        Command.Evaluate command = evaluate("llama-3.1-70b on h200 users=64 context=8k");

        assertThat(command.parameters()).containsExactly(Map.entry("model", "llama-3.1-70b"),
                Map.entry("system", "h200-hgx"), Map.entry("users", "64"), Map.entry("context", "8000"));
        assertThat(command.notes()).containsExactly("Read `h200` as `h200-hgx`.");
        assertThat(command.inChannel()).isFalse();
    }

    @Test
    void shouldNotReadAChipNamedByPartOfAnIdsFirstPartAsThatId() {
        assertThat(problems("llama-3.1-70b on h20")).contains("I don't know the system `h20`.")
                .doesNotContain("Read `h20`");
    }

    @Test
    void shouldTakeMaxUsersForTheEstimatorToChoose() {
        assertThat(parameters("llama-3.1-70b on h200 users=max input=1k output=300")).containsEntry("users", "max");
    }

    @Test
    void shouldStillRefuseAWordForUsersOtherThanMax() {
        assertThat(problems("llama-3.1-70b on h200 users=many")).contains("write a number");
    }

    @Test
    void shouldTakeTheSystemWithoutOn() {
        assertThat(parameters("llama-3.1-70b gb200-nvl72")).containsEntry("system", "gb200-nvl72");
    }

    @Test
    void shouldTakeAWordContainedInExactlyOneId() {
        Command.Evaluate command = evaluate("scout on ironwood users=8 context=1k");

        assertThat(command.parameters()).containsEntry("model", "llama-4-scout")
                .containsEntry("system", "tpu7x-ironwood-vm");
        assertThat(command.notes()).hasSize(2);
    }

    @Test
    void shouldTakeIdsInAnyCase() {
        assertThat(parameters("Llama-3.1-70B on GH200 users=1 context=1")).containsEntry("model", "llama-3.1-70b")
                .containsEntry("system", "gh200");
    }

    @Test
    void shouldReadKAsOneThousand() {
        assertThat(parameters("llama-3.1-70b gh200 users=1k context=128K")).containsEntry("users", "1000")
                .containsEntry("context", "128000");
    }

    @Test
    void shouldReadKiAsOneThousandAndTwentyFour() {
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=8Ki")).containsEntry("context", "8192");
    }

    @Test
    void shouldReadMAsOneMillion() {
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=1 tps=1.5M")).containsEntry("tokensPerSecond",
                "1500000");
    }

    @Test
    void shouldReadThousandsSeparators() {
        assertThat(parameters("llama-3.1-70b gh200 users=1,000 context=10,000")).containsEntry("users", "1000")
                .containsEntry("context", "10000");
    }

    @Test
    void shouldReadAPriceWithADollarSignAndPerMillion() {
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=1 price=$0.9")).containsEntry("price", "0.9");
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=1 price=$0.90/M")).containsEntry("price", "0.9");
    }

    @Test
    void shouldReadUtilizationAsAFractionOrAPercentage() {
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=1 utilization=0.6"))
                .containsEntry("utilization", "0.6");
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=1 utilization=60%"))
                .containsEntry("utilization", "0.6");
    }

    @Test
    void shouldRejectAUtilizationAboveOneWithoutPercent() {
        assertThat(problems("llama-3.1-70b gh200 users=1 context=1 utilization=60"))
                .contains("write a fraction (0.6) or a percentage (60%)");
    }

    @Test
    void shouldMapTheShortKeysToTheApiParameters() {
        assertThat(parameters("llama-3.1-70b gh200 users=1 input=6k output=2k precision=FP8 kvcache=fp16 racks=2 "
                + "tps=50k preset=Hyperscaler"))
                .containsEntry("input", "6000").containsEntry("output", "2000").containsEntry("weights", "fp8")
                .containsEntry("kvCache", "fp16").containsEntry("racks", "2").containsEntry("tokensPerSecond", "50000")
                .containsEntry("preset", "hyperscaler");
    }

    @Test
    void shouldMapEveryKeyToAParameterOfTheApi() {
        assertThat(QueryParameters.FIELDS).containsKeys(
                CommandGrammar.KEYS.values().toArray(String[]::new));
    }

    @Test
    void shouldPassOtherApiParametersThroughInAnyCase() {
        assertThat(parameters("llama-3.1-70b gh200 users=1 context=1 WACC=8% pue=1.2 capexBasis=chip"))
                .containsEntry("wacc", "0.08").containsEntry("pue", "1.2").containsEntry("capexBasis", "chip");
    }

    @Test
    void shouldPassANegativeNumberOnForTheApiToExplainItsRange() {
        assertThat(parameters("llama-3.1-70b gh200 users=-1 context=1")).containsEntry("users", "-1");
    }

    @Test
    void shouldPostInTheChannelWhenPublic() {
        assertThat(evaluate("llama-3.1-70b gh200 users=1 context=1 public").inChannel()).isTrue();
    }

    @Test
    void shouldRememberTheKeyTheUserTyped() {
        Command.Evaluate command = evaluate("llama-3.1-70b gh200 users=1 context=1 tps=5");

        assertThat(GRAMMAR.keyFor("/deployment/tokensPerSecond", command)).isEqualTo("tps");
        assertThat(GRAMMAR.keyFor("/system/powerPerRackKw", command)).isEqualTo("powerPerRackKw");
    }

    @Test
    void shouldAnswerHelp() {
        assertThat(GRAMMAR.parse("help")).isInstanceOf(Command.Help.class);
        assertThat(GRAMMAR.parse("llama-3.1-70b --help")).isInstanceOf(Command.Help.class);
    }

    @Test
    void shouldAnswerEmptyTextWithHelp() {
        assertThat(GRAMMAR.parse("")).isInstanceOf(Command.Help.class);
        assertThat(GRAMMAR.parse(" \t ")).isInstanceOf(Command.Help.class);
        assertThat(GRAMMAR.parse(null)).isInstanceOf(Command.Help.class);
    }

    @Test
    void shouldSuggestTheClosestModelForAnUnknownOne() {
        assertThat(problems("llama-3.1-7b on gh200 users=1 context=1"))
                .contains("I don't know the model `llama-3.1-7b`").contains("Did you mean");
    }

    @Test
    void shouldAskWhichIdWhenAWordFitsSeveral() {
        assertThat(problems("deepseek on gh200")).contains("`deepseek` could be deepseek-v3, deepseek-r1");
        assertThat(problems("llama-3.1-70b on nvl72")).contains("gb200-nvl72, gb300-nvl72");
    }

    @Test
    void shouldSayThatASystemIsNotAModel() {
        assertThat(problems("h200-hgx users=4")).contains("It looks like a system");
    }

    @Test
    void shouldAskForAModelWhenThereIsNone() {
        assertThat(problems("users=4 context=8k")).contains("Name a model first");
    }

    @Test
    void shouldAskForASystemWhenThereIsNone() {
        assertThat(problems("llama-3.1-70b users=4")).contains("Name a system after the model");
    }

    @Test
    void shouldRejectAnUnknownKeyWithASuggestion() {
        assertThat(problems("llama-3.1-70b gh200 userz=4")).contains("`userz` is not a key I know")
                .contains("Did you mean users");
    }

    @Test
    void shouldRejectAValueThatIsNotANumber() {
        assertThat(problems("llama-3.1-70b gh200 users=1 context=abc"))
                .contains("`context=abc`: write a number, like context=8k.");
    }

    @Test
    void shouldNotReadNaNInfinityOrHexAsNumbers() {
        for (String value : new String[] {"NaN", "Infinity", "0x10", "1d", "8 k", "0,6", "1..2", "k"}) {
            assertThat(CommandGrammar.number(value)).as(value).isNull();
        }
    }

    @Test
    void shouldEchoAKeyAsItWasTyped() {
        assertThat(problems("llama-3.1-70b gh200 users=16 electricityUsdPerKwh="))
                .isEqualTo("`electricityUsdPerKwh=` has no value; write it like electricityUsdPerKwh=….");
        assertThat(problems("llama-3.1-70b gh200 Users=many"))
                .isEqualTo("`Users=many`: write a number, like Users=64.");
    }

    @Test
    void shouldRejectAKeyGivenTwice() {
        assertThat(problems("llama-3.1-70b gh200 users=1 users=2")).contains("`users` is given twice");
        assertThat(problems("llama-3.1-70b gh200 context=1 contextTokens=2"))
                .contains("`context` and `contextTokens` set the same thing");
    }

    @Test
    void shouldRejectAWordAfterTheSystem() {
        assertThat(problems("llama-3.1-70b gh200 64 users")).contains("I don't know what `64` means here");
    }

    @Test
    void shouldRejectAKeyOrValueThatIsMissing() {
        assertThat(problems("llama-3.1-70b gh200 users= =4")).contains("`users=` has no value")
                .contains("has no key");
    }

    @Test
    void shouldUndoWhatChatClientsDoToText() {
        assertThat(parameters("\u201Cllama\u20113.1\u201170b\u201D on\u00A0gh200 users=64\u200B context=8k"))
                .containsEntry("model", "llama-3.1-70b").containsEntry("users", "64");
    }

    @Test
    void shouldRejectVeryLongText() {
        assertThat(problems("llama-3.1-70b ".repeat(500))).contains("7000 characters");
    }

    @Test
    void shouldCutEchoedTextShort() {
        assertThat(problems("x".repeat(900) + " gh200")).doesNotContain("x".repeat(CommandGrammar.MAX_ECHO_CHARS + 1));
    }

    @Test
    void shouldListAtMostEightProblems() {
        Command.Rejected rejected = (Command.Rejected) GRAMMAR.parse("a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9 j=10");

        assertThat(rejected.problems()).hasSize(CommandGrammar.MAX_PROBLEMS + 1).last().asString()
                .startsWith("… and ");
    }

    @Test
    void shouldNeverFailOnRandomText() {
        Random random = new Random(7);
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                text.appendCodePoint(pick < 3 ? " =%$,.k-".charAt(random.nextInt(8))
                        : pick < 7 ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x10FFFF));
            }
            Command command = GRAMMAR.parse(text.toString());
            assertThat(command).as(text.toString()).isNotNull();
            if (command instanceof Command.Rejected rejected) {
                assertThat(rejected.problems()).isNotEmpty();
            }
        }
    }

    @Test
    void shouldGiveACommandWithoutWorkloadThePagesDefaultAndSaySo() {
        Command.Evaluate command = evaluate("llama-3.1-405b gb300-nvl72 precision=fp8 utilization=70% racks=2");

        assertThat(command.parameters()).containsEntry("users", "64").containsEntry("input", "2000")
                .containsEntry("output", "500").doesNotContainKey("context");
        assertThat(command.notes()).containsExactly(CommandGrammar.DEFAULT_WORKLOAD_NOTE);
    }

    @Test
    void shouldLeaveAPartialWorkloadToBeReportedRatherThanFilled() {
        assertThat(parameters("llama-3.1-70b h200-hgx users=8")).doesNotContainKeys("context", "input", "output");
        assertThat(parameters("llama-3.1-70b h200-hgx contextTokens=8k")).doesNotContainKey("users");
    }

    @Test
    void shouldTakeTheDefaultWorkloadFromTheCalculatorPage() throws IOException {
        Matcher query = Pattern.compile("const DEFAULT_QUERY = '([^']*)'")
                .matcher(resource("META-INF/resources/app.js"));
        assertThat(query.find()).isTrue();
        Map<String, String> page = new HashMap<>();
        for (String pair : query.group(1).split("&")) {
            page.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }

        CommandGrammar.DEFAULT_WORKLOAD.forEach((name, value) -> assertThat(page).containsEntry(name, value));
        assertThat(CommandGrammar.DEFAULT_WORKLOAD_NOTE).contains(page.get("users") + " users")
                .contains(String.format(Locale.ROOT, "%,d prompt + %,d generated",
                        Integer.parseInt(page.get("input")), Integer.parseInt(page.get("output"))));
    }

    @Test
    void shouldNameAFieldByTheKeyAUserTypesForIt() {
        Command.Evaluate command = evaluate("llama-3.1-70b h200-hgx users=8 contextTokens=8k");

        assertThat(GRAMMAR.keyFor("/workload/contextTokens", command)).isEqualTo("contextTokens");
        assertThat(GRAMMAR.keyFor("/workload/outputTokens", command)).isEqualTo("output");
        assertThat(GRAMMAR.keyFor("/deployment/tokensPerSecond", command)).isEqualTo("tps");
        assertThat(GRAMMAR.keyFor("/market/usdPerMillionTokens", command)).isEqualTo("price");
    }

    @Test
    void shouldPutApiFieldNamesInAMessageInTheCommandsWords() {
        assertThat(GRAMMAR.inCommandWords("\"max\" asks the estimator, which needs the generated tokens: give "
                + "workload.inputTokens and workload.outputTokens instead of contextTokens."))
                .isEqualTo("\"max\" asks the estimator, which needs the generated tokens: give `input=` and "
                        + "`output=` instead of `context=`.");
        assertThat(GRAMMAR.inCommandWords("with deployment.tokensPerSecond give the number of users instead"))
                .isEqualTo("with `tps=` give the number of users instead");
        assertThat(GRAMMAR.inCommandWords("weights + KV cache of 179.2 GiB on iPhone")).isEqualTo(
                "weights + KV cache of 179.2 GiB on iPhone");
    }

    @Test
    void shouldPutJsonPointersInAMessageInTheCommandsWords() {
        assertThat(GRAMMAR.inCommandWords("not verified against a primary source: /finance/wacc, /system/powerPerRackKw;"
                + " see /v1/catalog/systems"))
                .isEqualTo("not verified against a primary source: `wacc=`, `powerPerRackKw=`; see /v1/catalog/systems");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CommandGrammarTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
