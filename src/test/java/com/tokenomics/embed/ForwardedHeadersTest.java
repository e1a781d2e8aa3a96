package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.SiteAddress;
import com.tokenomics.web.SiteAddresses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Without a public URL and without a trusted proxy, the site's address is the request's own Host: X-Forwarded-Host,
 * X-Forwarded-Proto and Forwarded, which any client can send, are ignored, and cacheable answers that name the
 * address vary with the Host.
 */
@QuarkusTest
class ForwardedHeadersTest {

    private static String self() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void shouldNotTakeTheWidgetPagesDiscoveryLinkFromForwardedHeaders() {
        String link = SiteAddresses.discoveryLink(SiteAddresses.widgetPage(SiteAddresses.forged()));

        assertThat(link).isEqualTo(self() + "/oembed?url=" + self() + "/embed?model=llama-3.1-70b&users=64"
                + "&format=json");
    }

    @Test
    void shouldVaryTheWidgetPageWithTheHost() {
        Response page = SiteAddresses.widgetPage(SiteAddresses.forged());

        assertThat(page.headers().getValues("Vary")).contains(SiteAddress.VARY);
    }

    @Test
    void shouldNotTakeOEmbedsAddressesFromForwardedHeaders() {
        Response oembed = SiteAddresses.oembed(SiteAddresses.forged(), self() + "/embed?" + SiteAddresses.SCENARIO);

        assertThat(oembed.statusCode()).isEqualTo(200);
        assertThat(oembed.jsonPath().getString("provider_url")).isEqualTo(self() + "/");
        assertThat(SiteAddresses.iframeSource(oembed)).startsWith(self() + "/embed?" + SiteAddresses.SCENARIO);
        assertThat(oembed.headers().getValues("Vary")).contains(SiteAddress.VARY);
    }

    @Test
    void shouldNotTakeAnAddressOnTheForgedHostForOneOfThisSite() {
        Response oembed = SiteAddresses.oembed(SiteAddresses.forged(),
                "https://" + SiteAddresses.FORGED_HOST + "/embed?" + SiteAddresses.SCENARIO);

        assertThat(oembed.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNotTakeTheSlackButtonsAddressFromForwardedHeaders() {
        assertThat(SiteAddresses.slackButton(SiteAddresses.forged()))
                .isEqualTo(self() + "/?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000");
    }
}
