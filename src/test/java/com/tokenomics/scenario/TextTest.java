package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void shouldKeepShortTextAsItIs() {
        assertThat(Text.clip("llama 🦙")).isEqualTo("llama 🦙");
    }

    @Test
    void shouldClipLongTextToEightyCharacters() {
        assertThat(Text.clip("a".repeat(200))).isEqualTo("a".repeat(80) + "…");
    }

    @Test
    void shouldNotCutAnEmojiInHalf() {
        assertThat(Text.clip("a".repeat(79) + "🦙".repeat(3))).isEqualTo("a".repeat(79) + "…");
    }

    @Test
    void shouldReplaceLoneSurrogates() {
        assertThat(Text.clip("\ud800llama\udc00")).isEqualTo("\ufffdllama\ufffd");
    }
}
