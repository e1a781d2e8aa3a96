package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which addresses are pages of this site whose scenario can be embedded. */
class OEmbedAddressTest {

    private static final String SITE = "https://calc.example";

    @Test
    void shouldReadTheScenarioOfTheCalculator() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "https://calc.example/?model=llama-3.1-70b&users=64"))
                .hasValueSatisfying(query -> {
                    assertThat(query.get("model")).isEqualTo(List.of("llama-3.1-70b"));
                    assertThat(query.get("users")).isEqualTo(List.of("64"));
                });
    }

    @Test
    void shouldDecodeTheQuery() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "https://calc.example/embed?modelName=My%20model"))
                .hasValueSatisfying(query -> assertThat(query.get("modelName")).isEqualTo(List.of("My model")));
    }

    @Test
    void shouldMatchTheHostWhateverItsCaseAndTheDefaultPort() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "https://CALC.example:443/?users=1")).isPresent();
    }

    @Test
    void shouldRefuseAnotherScheme() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "http://calc.example/?users=1")).isEmpty();
    }

    @Test
    void shouldRefuseAnAddressWithUserInformation() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "https://evil.example@calc.example/?users=1"))
                .isEmpty();
    }

    @Test
    void shouldRefuseARelativeOrMalformedAddress() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "?users=1")).isEmpty();
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "//elsewhere.example/?users=1")).isEmpty();
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "https://calc.example/?users=%zz")).isEmpty();
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "https://calc example/")).isEmpty();
    }

    @Test
    void shouldReadAPathAsAnAddressOnThisSite() {
        assertThat(OEmbedResource.queryOfPageOnThisSite(SITE, "/?users=1")).contains(Map.of("users", List.of("1")));
    }

    @Test
    void shouldHonourAPathInThePublicUrl() {
        String site = "https://tools.example/tokenomics";

        assertThat(OEmbedResource.queryOfPageOnThisSite(site, "https://tools.example/tokenomics/?users=1"))
                .isPresent();
        assertThat(OEmbedResource.queryOfPageOnThisSite(site, "https://tools.example/tokenomics/embed?users=1"))
                .isPresent();
        assertThat(OEmbedResource.queryOfPageOnThisSite(site, "https://tools.example/other/?users=1")).isEmpty();
    }
}
