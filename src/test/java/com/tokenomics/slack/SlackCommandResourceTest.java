package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed slash commands through the whole application: the Lambda path by default, plain HTTP with -Pserver. */
@QuarkusTest
class SlackCommandResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode answer(String text) throws Exception {
        String reply = SlackRequests.command(text)
                .when().post("/slack/commands")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonNode json = JSON.readTree(reply);
        assertThat(SlackLimits.violations(json)).as(reply).isEmpty();
        return json;
    }

    @Test
    void shouldAnswerASignedCommandWithBlocks() throws Exception {
        JsonNode reply = answer("llama-3.1-70b on h200 users=64 context=8k");

        assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(reply.at("/blocks/0/text/text").asText()).isEqualTo("Llama 3.1 70B on NVIDIA HGX H200 (8x H200 SXM)");
        assertThat(reply.at("/blocks/1/fields/0/text").asText()).startsWith("*Memory*\n287.7 GiB");
        assertThat(RepliesTest.texts(reply)).contains("Read `h200` as `h200-hgx`.");
    }

    @Test
    void shouldLinkTheCalculatorOnTheAddressTheRequestCameTo() throws Exception {
        JsonNode reply = answer("llama-3.1-70b on h200 users=64 context=8k");

        assertThat(reply.findValue("url").asText()).startsWith("http")
                .endsWith("/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }

    @Test
    void shouldPostInTheChannelWhenAskedTo() throws Exception {
        assertThat(answer("llama-3.1-70b on gb200-nvl72 users=64 context=8k public").path("response_type").asText())
                .isEqualTo("in_channel");
    }

    @Test
    void shouldPriceTheFinanceCheck() throws Exception {
        JsonNode reply = answer("llama-3.1-70b on gh200 parameters=70e9 activeParameters=70e9 users=16 context=10k "
                + "memoryPerChipGiB=144 chipsPerRack=72 powerPerRackKw=120 pricePerRackUsd=$3M racks=1 tps=50k "
                + "utilization=60% price=$0.9");

        assertThat(RepliesTest.texts(reply)).contains("179.2 GiB").contains("1.24 chips (2)")
                .contains("$1.191 / M tokens").contains("unsustainable");
    }

    @Test
    void shouldExplainAValueOutOfRangeWithTheAllowedRange() throws Exception {
        JsonNode reply = answer("llama-3.1-70b on h200 users=-1 context=8k");

        assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(RepliesTest.texts(reply))
                .contains("`users` must be a whole number from 1 to 100,000,000 (users); got -1.")
                .contains("/tokenomics help");
    }

    @Test
    void shouldEscapeAMentionInTheHeaderOfAnInChannelReply() throws Exception {
        JsonNode reply = answer("llama-3.1-70b on gb200-nvl72 users=64 context=8k modelName=<!channel> "
                + "systemName=<@U024BE7LH><#C024BE7LH> public");

        assertThat(reply.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(reply.at("/blocks/0/type").asText()).isEqualTo("header");
        assertThat(reply.at("/blocks/0/text/text").asText())
                .isEqualTo("&lt;!channel&gt; on &lt;@U024BE7LH&gt;&lt;#C024BE7LH&gt;");
        assertThat(reply.path("text").asText()).startsWith("&lt;!channel&gt; on &lt;@U024BE7LH&gt;");
    }

    @Test
    void shouldAnswerHelp() throws Exception {
        assertThat(RepliesTest.texts(answer("help"))).contains("/tokenomics <model> [on] <system>".replace("<", "&lt;")
                .replace(">", "&gt;")).contains("`Ki` = 1,024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "users=-1", "llama-3.1-70b on h200 context=abc", "gpt-7 on h200 users=1",
            "llama-3.1-70b on h200 users=1 context=1 precision=fp12", "llama-3.1-70b on h200 users=1 context=1e400",
            "🦙 on 🖥️ users=💯", "لاما على h200", "llama-3.1-70b on h200 users=1 context=1 <!channel>",
            "\u0000\u0001\u0002\uFFFF\uD800", "%zz%", "= = = ==="})
    void shouldAnswerJunkWithAHelpfulMessage(String text) throws Exception {
        JsonNode reply = answer(text);

        assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(RepliesTest.texts(reply)).containsAnyOf("/tokenomics help", "Examples").doesNotContain("<!channel>");
    }

    @Test
    void shouldAnswerVeryLongTextWithAHelpfulMessage() throws Exception {
        assertThat(RepliesTest.texts(answer("users=1 ".repeat(2_000)))).contains("characters");
    }

    @Test
    void shouldAnswerRandomBytesWithAHelpfulMessage() throws Exception {
        byte[] bytes = new byte[512];
        new Random(3).nextBytes(bytes);

        assertThat(RepliesTest.texts(answer(new String(bytes, StandardCharsets.ISO_8859_1))))
                .containsAnyOf("/tokenomics help", "Examples");
    }

    @Test
    void shouldAnswerABodyThatIsNotAFormWithTheUsage() {
        SlackRequests.signed("text=%E0%A4%A&%%%")
                .when().post("/slack/commands")
                .then().statusCode(200).body("response_type", equalTo("ephemeral"))
                .body("blocks[0].text.text", startsWith("Tokenomics"));
    }

    @Test
    void shouldRefuseAnUnsignedRequest() {
        SlackRequests.unsigned(SlackRequests.form("llama-3.1-70b on h200"))
                .when().post("/slack/commands")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(SlackCommandResource.UNAUTHORIZED))
                .body("detail", containsString("Slack signature"));
    }

    @Test
    void shouldTellAJsonCallerThatSlackSendsForms() {
        RestAssured.given().contentType("application/json").body("{\"text\": \"help\"}")
                .when().post("/slack/commands")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("application/x-www-form-urlencoded"))
                .body("detail", not(containsString("application/json")));
    }
}
