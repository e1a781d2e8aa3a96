package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestHeadTest {

    @Test
    void shouldAcceptOnlyPortsThatExist() {
        assertThat(RequestHead.validHost("calc.example:65535")).isTrue();
        assertThat(RequestHead.validHost("calc.example:65536")).isFalse();
        assertThat(RequestHead.validHost("calc.example:0")).isFalse();
        assertThat(RequestHead.validHost("calc.example:99999999999")).isFalse();
    }

    @Test
    void shouldLetHttp10LeaveTheHostOut() {
        assertThat(RequestHead.hostValid(List.of(), HttpVersion.HTTP_1_0)).isTrue();
        assertThat(RequestHead.hostValid(List.of(), HttpVersion.HTTP_1_1)).isFalse();
    }

    @Test
    void shouldTellDotSegmentsFromDotsInNames() {
        assertThat(RequestHead.plainPath("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).isTrue();
        assertThat(RequestHead.plainPath("/.well-known/security.txt")).isTrue();
        assertThat(RequestHead.plainPath("/a/..")).isFalse();
        assertThat(RequestHead.plainPath("/a/./b")).isFalse();
    }
}
