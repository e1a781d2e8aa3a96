package com.tokenomics.infra;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;

class EventLoopsTest {

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldRunOneVertxEventLoopBecauseLambdaSendsOneEventAtATime(FunctionRuntime runtime) {
        Synth.template(runtime).hasResourceProperties("AWS::Lambda::Function", Map.of("Environment",
                Map.of("Variables", Match.objectLike(Map.of("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "1")))));
    }
}
