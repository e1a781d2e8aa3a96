package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class JvmFunctionTest {

    private final Template template = Synth.template(FunctionRuntime.JVM);

    @Test
    void shouldRunOnJava21() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Runtime", "java21"));
    }

    @Test
    void shouldUseQuarkusStreamHandler() {
        template.hasResourceProperties("AWS::Lambda::Function",
                Map.of("Handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"));
    }

    @Test
    void shouldRunOnX86LikeTheNativeVariant() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Architectures", List.of("x86_64")));
    }

    @Test
    void shouldDefaultTo1024MiB() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("MemorySize", 1024));
    }

    @Test
    void shouldTimeOutAfterTenSeconds() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Timeout", 10));
    }

    @Test
    void shouldEnableSnapStartOnPublishedVersions() {
        template.hasResourceProperties("AWS::Lambda::Function",
                Map.of("SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void shouldPointLiveAliasAtThePublishedVersion() {
        String versionId = Synth.onlyResourceId(template, "AWS::Lambda::Version");
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(versionId, "Version"))));
    }

    @Test
    void shouldRouteTheApiToTheAliasSoSnapStartApplies() {
        String aliasId = Synth.onlyResourceId(template, "AWS::Lambda::Alias");
        Object uri = Synth.onlyResourceProperties(template, "AWS::ApiGatewayV2::Integration").get("IntegrationUri");
        assertEquals(Map.of("Ref", aliasId), uri);
    }

    @Test
    void shouldGrantApiInvokeOnTheAlias() {
        String aliasId = Synth.onlyResourceId(template, "AWS::Lambda::Alias");
        template.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Principal", "apigateway.amazonaws.com",
                "FunctionName", Map.of("Ref", aliasId)));
    }

    @Test
    void shouldNotSetNativeOnlySignalHandlerSwitch() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("DISABLE_SIGNAL_HANDLERS", Match.absent())))));
    }
}
