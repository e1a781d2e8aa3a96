package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitTest {

    private static final Limit PRICE = Limit.zeroOrAtLeast(0.01, 1e12, "USD");

    @Test
    void shouldAllowZeroWhereZeroMeansFree() {
        assertThat(PRICE.allows(0)).isTrue();
        assertThat(PRICE.allows(-0.0)).isTrue();
    }

    @Test
    void shouldRejectAPositiveValueBelowTheSmallest() {
        assertThat(PRICE.allows(Double.MIN_VALUE)).isFalse();
        assertThat(PRICE.allows(0.009)).isFalse();
        assertThat(PRICE.allows(0.01)).isTrue();
    }

    @Test
    void shouldDescribeZeroAsAllowedBeforeTheRange() {
        assertThat(PRICE.describe()).isEqualTo("0, or a number from 0.01 to 1,000,000,000,000 (USD)");
    }

    @Test
    void shouldNotDescribeZeroWhereItIsNotAllowed() {
        assertThat(Limit.atLeast(0.001, 100_000, "kW").describe()).isEqualTo("a number from 0.001 to 100,000 (kW)");
    }

    @Test
    void shouldWriteAValueTooSmallForTenDecimalsInTheDocsENotation() {
        assertThat(Limit.format(4.9e-324)).isEqualTo("4.9e-324");
        assertThat(Limit.format(-1e-300)).isEqualTo("-1e-300");
        assertThat(Limit.format(1e-9)).isEqualTo("0.000000001");
        assertThat(Limit.format(0)).isEqualTo("0");
    }

    @Test
    void shouldWriteVeryLargeValuesInTheDocsENotation() {
        assertThat(Limit.format(1e15)).isEqualTo("1e15");
        assertThat(Limit.format(1e308)).isEqualTo("1e308");
        assertThat(Limit.format(1.7976931348623157e308)).isEqualTo("1.7976931348623157e308");
        assertThat(Limit.format(123_456.5)).isEqualTo("123,456.5");
    }
}
