package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void shouldEscapeTheCharactersMrkdwnGivesAMeaningTo() {
        assertThat(SlackText.escaped("<!channel> & <@U123>", 100)).isEqualTo("&lt;!channel&gt; &amp; &lt;@U123&gt;");
    }

    @Test
    void shouldLeaveShortTextAsItIs() {
        assertThat(SlackText.escaped("*Cost*\n$1.19", 13)).isEqualTo("*Cost*\n$1.19");
        assertThat(SlackText.cut("Llama", 5)).isEqualTo("Llama");
    }

    @Test
    void shouldCutLongTextWithAnEllipsisWithinTheLimit() {
        String cut = SlackText.escaped("a".repeat(5_000), 3_000);

        assertThat(cut).hasSize(3_000).endsWith("…");
    }

    @Test
    void shouldNeverCutAnEscapeInHalf() {
        String cut = SlackText.escaped("aaaaaaa<<<<<", 10);

        assertThat(cut).hasSizeLessThanOrEqualTo(10).isEqualTo("aaaaaaa…");
    }

    @Test
    void shouldNeverSplitACharacterOutsideTheBasicPlane() {
        String emoji = "🙂".repeat(100);

        assertThat(SlackText.escaped(emoji, 10)).isEqualTo("🙂".repeat(4) + "…");
        assertThat(SlackText.cut(emoji, 10)).isEqualTo("🙂".repeat(4) + "…");
        assertThat(SlackText.cut("a" + emoji, 10)).isEqualTo("a" + "🙂".repeat(4) + "…");
    }
}
