package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpWarmupTest {

    @Test
    void shouldSendToTheIpv4LoopbackWhenListeningOnEveryIpv4Interface() {
        assertThat(HttpWarmup.loopbackFor("0.0.0.0")).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldSendToTheIpv6LoopbackWhenListeningOnEveryIpv6Interface() {
        assertThat(HttpWarmup.loopbackFor("::")).isEqualTo("::1");
    }

    @Test
    void shouldSendToTheAddressTheServerListensOn() {
        assertThat(HttpWarmup.loopbackFor("10.0.0.7")).isEqualTo("10.0.0.7");
    }

    @Test
    void shouldReportReadyWhenNoWarmUpRequestIsInFlight() {
        assertThat(new HttpWarmup().call().getStatus().name()).isEqualTo("UP");
    }
}
