package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeTest {

    @Test
    void shouldEstimateTextWidthsCloseToVerdanaAtElevenPixels() {
        // Verdana 11 px: "cost / 1M tokens" measures about 91 px, "$1.19" about 32 px.
        assertThat(Badge.textWidthPx("cost / 1M tokens")).isBetween(82.0, 100.0);
        assertThat(Badge.textWidthPx("$1.19")).isBetween(26.0, 38.0);
    }

    @Test
    void shouldGiveWideLettersMoreRoomThanNarrowOnes() {
        assertThat(Badge.textWidthPx("WWWW")).isGreaterThan(Badge.textWidthPx("iiii") * 2);
    }

    @Test
    void shouldSizeTheBadgeToItsTexts() throws Exception {
        int shortBadge = Integer.parseInt(Svg.parse(Badge.svg("a", "b", Badge.BLUE)).getDocumentElement()
                .getAttribute("width"));
        int longBadge = Integer.parseInt(Svg.parse(Badge.svg("a much longer label", "b", Badge.BLUE))
                .getDocumentElement().getAttribute("width"));

        assertThat(longBadge).isGreaterThan(shortBadge + 80);
    }
}
