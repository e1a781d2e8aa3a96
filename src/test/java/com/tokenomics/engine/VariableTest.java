package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each variable's row reads back what it sets, and sets nothing else. */
class VariableTest {

    private static final Scenario SCENARIO = Fixtures.financeCheck().withMarket(Market.blended(2));

    @ParameterizedTest
    @EnumSource(Variable.class)
    void shouldReadBackTheValueItSets(Variable variable) {
        // Doubled, so that the whole-number inputs (users, tokens, instances) stay whole.
        double value = variable.valueIn(SCENARIO) * 2;

        assertThat(variable.valueIn(variable.apply(SCENARIO, value))).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(Variable.class)
    void shouldLeaveTheOtherVariablesAsTheyWere(Variable variable) {
        Scenario changed = variable.apply(SCENARIO, variable.valueIn(SCENARIO) * 2);

        for (Variable other : Variable.values()) {
            if (other != variable) {
                assertThat(other.valueIn(changed)).as(other.name()).isEqualTo(other.valueIn(SCENARIO));
            }
        }
    }
}
