package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.SiteAddresses;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/** Forwarding switched on for one proxy: the same headers from any other peer are still ignored. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OtherProxy.class)
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // proxy trust is by the socket's peer address
class UntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Test
    void shouldIgnoreTheForwardedHostFromAPeerThatIsNotTheProxy() {
        String self = "http://localhost:" + RestAssured.port;

        assertThat(SiteAddresses.discoveryLink(SiteAddresses.widgetPage(SiteAddresses.forged())))
                .startsWith(self + "/oembed?url=" + self + "/embed?");
    }

    @Test
    void shouldIgnoreTheForwardedHostForTheSlackButton() {
        assertThat(SiteAddresses.slackButton(SiteAddresses.forged()))
                .startsWith("http://localhost:" + RestAssured.port + "/?model=");
    }
}
