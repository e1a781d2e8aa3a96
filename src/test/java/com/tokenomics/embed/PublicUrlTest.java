package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.SiteAddress;
import com.tokenomics.web.SiteAddresses;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configured public URL is the only address the site writes about itself, whatever the request says. */
@QuarkusTest
@TestProfile(PublicUrlTest.Configured.class)
class PublicUrlTest {

    static final String PUBLIC_URL = "https://calc.example/tools";

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tokenomics.public-url", PUBLIC_URL + "/");
        }
    }

    @Test
    void shouldNameThePublicUrlInTheWidgetPagesDiscoveryLink() {
        String link = SiteAddresses.discoveryLink(SiteAddresses.widgetPage(SiteAddresses.forged()));

        assertThat(link).isEqualTo(PUBLIC_URL + "/oembed?url=" + PUBLIC_URL + "/embed?model=llama-3.1-70b&users=64"
                + "&format=json");
    }

    @Test
    void shouldNotVaryTheWidgetPageWithTheHost() {
        Response page = SiteAddresses.widgetPage(SiteAddresses.forged());

        assertThat(page.headers().getValues("Vary")).doesNotContain(SiteAddress.VARY);
    }

    @Test
    void shouldEmbedAddressesOfThePublicUrl() {
        Response oembed = SiteAddresses.oembed(SiteAddresses.forged(), PUBLIC_URL + "/?" + SiteAddresses.SCENARIO);

        assertThat(oembed.statusCode()).isEqualTo(200);
        assertThat(oembed.jsonPath().getString("provider_url")).isEqualTo(PUBLIC_URL + "/");
        assertThat(SiteAddresses.iframeSource(oembed)).startsWith(PUBLIC_URL + "/embed?" + SiteAddresses.SCENARIO);
    }

    @Test
    void shouldNotEmbedTheAddressTheRequestCameTo() {
        Response oembed = SiteAddresses.oembed(RestAssured.given(),
                "http://localhost:" + RestAssured.port + "/?" + SiteAddresses.SCENARIO);

        assertThat(oembed.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNameThePublicUrlInTheSlackButton() {
        assertThat(SiteAddresses.slackButton(SiteAddresses.forged()))
                .isEqualTo(PUBLIC_URL + "/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }
}
