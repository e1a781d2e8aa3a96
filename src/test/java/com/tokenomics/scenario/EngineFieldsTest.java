package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.engine.Input;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every input the engine can name has the JSON pointer of the request field it comes from. */
class EngineFieldsTest {

    @Test
    void shouldGiveEveryEngineInputAPointer() {
        assertThat(Input.values()).allSatisfy(input -> assertThat(EngineFields.pointer(input))
                .as(input.name()).matches("(/[a-z][A-Za-z]*)+"));
    }

    @Test
    void shouldGiveEachInputItsOwnPointer() {
        assertThat(Arrays.stream(Input.values()).map(EngineFields::pointer)).doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepThePointersTheApiWroteBefore() {
        assertThat(EngineFields.pointer(Input.TOKENS_PER_SECOND)).isEqualTo("/deployment/tokensPerSecond");
        assertThat(EngineFields.pointer(Input.RACKS)).isEqualTo("/deployment/racks");
        assertThat(EngineFields.pointer(Input.CAPEX_BASIS)).isEqualTo("/deployment/capexBasis");
        assertThat(EngineFields.pointer(Input.PRICE_PER_RACK_USD)).isEqualTo("/system/pricePerRackUsd");
        assertThat(EngineFields.pointer(Input.POWER_PER_RACK_KW)).isEqualTo("/system/powerPerRackKw");
        assertThat(EngineFields.pointer(Input.MARKET)).isEqualTo("/market");
        assertThat(EngineFields.pointer(Input.WORKLOAD)).isEqualTo("/workload");
    }
}
