package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NativeFunctionTest {

    private final Template template = Synth.template(FunctionRuntime.NATIVE);

    @Test
    void shouldRunOnProvidedAl2023() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Runtime", "provided.al2023"));
    }

    @Test
    void shouldGiveLambdaThePlaceholderHandlerItIgnores() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Handler", "not.used.in.provided.runtime"));
    }

    @Test
    void shouldRunOnX86BecauseTheExecutableIsBuiltThere() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Architectures", List.of("x86_64")));
    }

    @Test
    void shouldDefaultTo512MiB() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("MemorySize", 512));
    }

    @Test
    void shouldTimeOutAfterTenSeconds() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Timeout", 10));
    }

    @Test
    void shouldDisableQuarkusSignalHandlers() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("DISABLE_SIGNAL_HANDLERS", "true")))));
    }

    @Test
    void shouldNotUseSnapStart() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("SnapStart", Match.absent()));
    }

    @Test
    void shouldPublishNoVersionOrAlias() {
        template.resourceCountIs("AWS::Lambda::Version", 0);
        template.resourceCountIs("AWS::Lambda::Alias", 0);
    }

    @Test
    void shouldLetTheApiInvokeTheFunctionItself() {
        String functionId = Synth.onlyResourceId(template, "AWS::Lambda::Function");
        Object uri = Synth.onlyResourceProperties(template, "AWS::ApiGatewayV2::Integration").get("IntegrationUri");
        assertEquals(Map.of("Fn::GetAtt", List.of(functionId, "Arn")), uri);
    }
}
