package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void shouldEscapeEveryCharacterThatIsMarkup() {
        assertThat(Markup.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void shouldDropCharactersXmlCannotCarry() {
        assertThat(Markup.escape("a\u0000b\u0001c\uFFFEd\uD800e")).isEqualTo("abcde");
    }

    @Test
    void shouldTurnLineBreaksIntoSpaces() {
        assertThat(Markup.escape("a\nb\tc")).isEqualTo("a b c");
    }

    @Test
    void shouldKeepCharactersBeyondTheBasicPlane() {
        assertThat(Markup.escape("GPU 🚀")).isEqualTo("GPU 🚀");
    }

    @Test
    void shouldClipByCharactersNotByHalvesOfThem() {
        assertThat(Markup.clip("🚀🚀🚀", 2)).isEqualTo("🚀🚀…");
        assertThat(Markup.clip("abc", 3)).isEqualTo("abc");
    }
}
