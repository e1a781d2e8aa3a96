package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tokenomics.web.JsonConfig;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Responses write every finite number in plain decimal notation that reads back to the same double. */
class PlainNumbersTest {

    private static final ObjectMapper JSON = JsonConfig.configuredMapper();

    @Provide
    Arbitrary<Double> finiteDoubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e20, 1e20),
                Arbitraries.doubles().between(-1, 1),
                Arbitraries.longs().map(Long::doubleValue),
                Arbitraries.of(1e-3, 9.999999e-4, 1e7, 1e7 + 0.5, 1e15, 1e15 + 2, 1.4e11, 5e-324, Double.MAX_VALUE,
                        -Double.MAX_VALUE, -0.0));
    }

    @Property(tries = 5_000)
    void writesPlainDecimalsThatReadBackExactly(@ForAll("finiteDoubles") double value)
            throws JsonProcessingException {
        String text = JSON.writeValueAsString(value);

        assertThat(text).doesNotContain("E").doesNotContain("e");
        assertThat(new BigDecimal(text).doubleValue()).isEqualTo(value == 0 ? 0.0 : value);
    }
}
