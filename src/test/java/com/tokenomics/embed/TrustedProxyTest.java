package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.SiteAddress;
import com.tokenomics.web.SiteAddresses;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * Behind a proxy that Quarkus is told to trust, the forwarded host and scheme are this site's address, and the
 * answers that name it vary with the forwarding headers too.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.LocalProxy.class)
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // proxy trust is by the socket's peer address
class TrustedProxyTest {

    /** The tests connect from the loopback address, which is the trusted proxy here. */
    public static class LocalProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
        }
    }

    @Test
    void shouldNameTheForwardedHostInTheWidgetPagesDiscoveryLink() {
        String forwarded = "https://" + SiteAddresses.FORGED_HOST;

        assertThat(SiteAddresses.discoveryLink(SiteAddresses.widgetPage(SiteAddresses.forged())))
                .startsWith(forwarded + "/oembed?url=" + forwarded + "/embed?");
    }

    @Test
    void shouldVaryTheWidgetPageWithTheForwardingHeaders() {
        Response page = SiteAddresses.widgetPage(SiteAddresses.forged());

        assertThat(page.headers().getValues("Vary")).contains(SiteAddress.VARY_BEHIND_PROXY);
    }
}
