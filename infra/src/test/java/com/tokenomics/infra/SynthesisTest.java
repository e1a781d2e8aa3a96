package com.tokenomics.infra;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

class SynthesisTest {

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldSynthesizeWithoutWarnings(FunctionRuntime runtime) {
        App app = new App(AppProps.builder().context(Map.of(
                "runtime", runtime.contextValue(),
                "zip", Synth.functionZip().toString())).build());
        Annotations.fromStack(InfraApp.createStack(app)).hasNoWarning("*", Match.anyValue());
    }
}
