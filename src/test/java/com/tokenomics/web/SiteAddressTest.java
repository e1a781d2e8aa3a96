package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.HostAndPort;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void shouldTakeTheSchemeAndAuthorityOfTheRequest() {
        assertThat(SiteAddress.fromRequest("http", HostAndPort.authority("localhost", 8080)))
                .contains("http://localhost:8080");
        assertThat(SiteAddress.fromRequest("HTTPS", HostAndPort.authority("calc.example")))
                .contains("https://calc.example");
        assertThat(SiteAddress.fromRequest("http", HostAndPort.authority("[::1]", 8080)))
                .contains("http://[::1]:8080");
    }

    @Test
    void shouldNotNameAHostThatIsNotOne() {
        assertThat(SiteAddress.fromRequest("http", HostAndPort.create("evil.example/path?x=", -1))).isEmpty();
        assertThat(SiteAddress.fromRequest("http", HostAndPort.create("a\"b", 80))).isEmpty();
        assertThat(SiteAddress.fromRequest("http", null)).isEmpty();
    }

    @Test
    void shouldNameOnlyWebSchemes() {
        assertThat(SiteAddress.fromRequest("javascript", HostAndPort.authority("calc.example"))).isEmpty();
    }

    @Test
    void shouldPreferTheConfiguredPublicUrlAndNotVaryWithIt() {
        SiteAddress site = new SiteAddress(java.util.Optional.of(" https://calc.example/ "), false);

        assertThat(site.vary()).isEmpty();
    }

    @Test
    void shouldVaryWithTheForwardedHeadersOnlyBehindATrustedProxy() {
        assertThat(new SiteAddress(java.util.Optional.empty(), false).vary()).contains("Host");
        assertThat(new SiteAddress(java.util.Optional.empty(), true).vary()).hasValueSatisfying(
                vary -> assertThat(vary).contains("Host", "Forwarded", "X-Forwarded-Host", "X-Forwarded-Proto"));
    }
}
