package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void shouldEscapeTheCharactersMrkdwnGivesAMeaningTo() {
        assertThat(SlackText.mrkdwn("<!channel> & <@U123>", 100)).isEqualTo("&lt;!channel&gt; &amp; &lt;@U123&gt;");
    }

    @Test
    void shouldLeaveShortTextAsItIs() {
        assertThat(SlackText.mrkdwn("*Cost*\n$1.19", 13)).isEqualTo("*Cost*\n$1.19");
        assertThat(SlackText.plain("Llama", 5)).isEqualTo("Llama");
    }

    @Test
    void shouldCutLongTextWithAnEllipsisWithinTheLimit() {
        String cut = SlackText.mrkdwn("a".repeat(5_000), 3_000);

        assertThat(cut).hasSize(3_000).endsWith("…");
    }

    @Test
    void shouldNeverCutAnEscapeInHalf() {
        String cut = SlackText.mrkdwn("aaaaaaa<<<<<", 10);

        assertThat(cut).hasSizeLessThanOrEqualTo(10).isEqualTo("aaaaaaa…");
    }

    @Test
    void shouldNeverSplitACharacterOutsideTheBasicPlane() {
        String emoji = "🙂".repeat(100);

        assertThat(SlackText.mrkdwn(emoji, 10)).isEqualTo("🙂".repeat(4) + "…");
        assertThat(SlackText.plain(emoji, 10)).isEqualTo("🙂".repeat(4) + "…");
        assertThat(SlackText.plain("a" + emoji, 10)).isEqualTo("a" + "🙂".repeat(4) + "…");
    }
}
