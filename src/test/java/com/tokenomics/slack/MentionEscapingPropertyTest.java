package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.catalog.Catalog;
import com.tokenomics.scenario.Calibrations;
import com.tokenomics.scenario.FlatScenarioEvaluator;
import com.tokenomics.scenario.ScenarioMapper;
import com.tokenomics.web.JsonConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user types into a command, no text of the reply carries a raw {@code <…>}, the form of Slack's
 * mentions and links ({@code <!channel>}, {@code <@U…>}, {@code <#C…>}, {@code <!subteam^…>},
 * {@code <https://…|…>}): every {@code <} and {@code >} is escaped, and every {@code &} starts an escape, in every
 * text object of every block.
 */
class MentionEscapingPropertyTest {

    private static final Catalog CATALOG = new Catalog();
    private static final SlackCommandResource COMMANDS = new SlackCommandResource(null, Clock.systemUTC(),
            new FlatScenarioEvaluator(new ScenarioMapper(CATALOG, new Calibrations()), JsonConfig.configuredMapper()), CATALOG, null,
            null, null);
    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!amp;|lt;|gt;)");
    private static final List<String> MENTIONS = List.of("<!channel>", "<!here>", "<!everyone>", "<@U024BE7LH>",
            "<@W123|bob>", "<#C024BE7LH|general>", "<!subteam^S0123|@team>", "<!date^1392734382^{date}|x>",
            "<https://evil.example|click>", "<mailto:a@evil.example|mail>", "&lt;!channel&gt;", "&amp;lt;!here&amp;gt;",
            "<", ">", "&", "&amp;", "<<!here>>", "*<!here>*", "`<!here>`");

    /** Mentions, escapes and mrkdwn characters in any order, with letters between; no spaces (one command word). */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(MENTIONS),
                Arbitraries.strings().withChars("<>&!@#^|:/.*_~`abcU0123").ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(4).filter(text -> text.chars()
                        .noneMatch(Character::isWhitespace)));
        return part.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
    }

    private static JsonNode reply(String text) {
        return new ObjectMapper().valueToTree(COMMANDS.reply(text, Optional.of("https://calc.example")));
    }

    /** Every "text" value of the reply: the fallback, headers, sections, fields, context elements, buttons. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("text") && field.getValue().isTextual()) {
                texts.add(field.getValue().asText());
            } else {
                texts.addAll(texts(field.getValue()));
            }
        });
        if (node.isArray()) {
            node.forEach(element -> texts.addAll(texts(element)));
        }
        return texts;
    }

    private static void assertEscaped(JsonNode reply) {
        List<String> texts = texts(reply);
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            assertThat(text).as(reply.toString()).doesNotContain("<").doesNotContain(">");
            assertThat(BARE_AMPERSAND.matcher(text).find()).as("a bare & in %s", text).isFalse();
        }
    }

    @Property(tries = 300)
    void shouldEscapeEveryNameGivenToAnEvaluatedScenario(@ForAll("hostile") String modelName,
            @ForAll("hostile") String systemName, @ForAll("hostile") String rackUnit, @ForAll boolean inChannel) {
        JsonNode reply = reply("llama-3.1-70b gb200-nvl72 users=64 context=8k modelName=" + modelName
                + " systemName=" + systemName + " rackUnit=" + rackUnit + " price=$0.9" + (inChannel ? " public" : ""));

        assertEscaped(reply);
    }

    @Property(tries = 300)
    void shouldEscapeEveryWordEchoedInARejection(@ForAll("hostile") String word, @ForAll("hostile") String value) {
        assertEscaped(reply(word + " on " + word + " " + word + "=" + value + " users=" + value + " " + value));
    }

    @Property(tries = 300)
    void shouldEscapeEveryValueOfTheApiEchoedInItsMessage(@ForAll("hostile") String value) {
        assertEscaped(reply("llama-3.1-70b h200 users=64 context=8k precision=" + value + " preset=" + value
                + " capexBasis=" + value + " attention=" + value));
    }

    @Property(tries = 200)
    void shouldEscapeAnyText(@ForAll("hostile") String first, @ForAll String rest) {
        assertEscaped(reply(first + " " + rest));
    }
}
