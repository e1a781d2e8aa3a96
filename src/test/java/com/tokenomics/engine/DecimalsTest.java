package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The fast fixed-point text must be the Formatter's, digit for digit. */
class DecimalsTest {

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.doubles().between(-10, 10).ofScale(4),
                Arbitraries.of(0.0, -0.0, 0.05, 0.15, 1.005, 2.675, 0.125, 999.995, 1e-9, -0.04, 1e300,
                        Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY));
    }

    @Property(tries = 5_000)
    void matchesTheFormatter(@ForAll("anyDouble") double value, @ForAll @IntRange(min = 0, max = 6) int places) {
        assertThat(Decimals.fixed(value, places))
                .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
    }

    @Test
    void roundsATieOfTheShortestDecimalFormHalfUp() {
        assertThat(Decimals.fixed(0.15, 1)).isEqualTo("0.2");
    }
}
