package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class HttpApiTest {

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldGiveTheFunctionTheApisAddressAsItsPublicUrl(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String apiId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::Api");
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) Synth.onlyResourceProperties(
                template, "AWS::Lambda::Function").get("Environment")).get("Variables");
        assertEquals(Map.of("Fn::GetAtt", List.of(apiId, "ApiEndpoint")),
                variables.get(TokenomicsStack.PUBLIC_URL_VARIABLE));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldSendEveryMethodAndPathToTheFunction(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String integrationId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::Integration");
        Map<String, Object> route = Synth.onlyResourceProperties(template, "AWS::ApiGatewayV2::Route");
        assertEquals("$default", route.get("RouteKey"));
        assertEquals(Map.of("Fn::Join", List.of("", List.of("integrations/", Map.of("Ref", integrationId)))),
                route.get("Target"));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldUseLambdaProxyWithPayloadFormat2(FunctionRuntime runtime) {
        Synth.template(runtime).hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY",
                "PayloadFormatVersion", "2.0"));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldServeOneAutoDeployedDefaultStage(FunctionRuntime runtime) {
        Map<String, Object> stage = Synth.onlyResourceProperties(Synth.template(runtime), "AWS::ApiGatewayV2::Stage");
        assertEquals("$default", stage.get("StageName"));
        assertEquals(true, stage.get("AutoDeploy"));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldThrottleTheStageAt50PerSecondWithBurst100(FunctionRuntime runtime) {
        Synth.template(runtime).hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of("DefaultRouteSettings",
                Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldWriteJsonAccessLogsWithRequestIdToTheAccessLogGroup(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String accessLogsId = template.findResources("AWS::Logs::LogGroup").keySet().stream()
                .filter(id -> id.startsWith("AccessLogs")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) Synth
                .onlyResourceProperties(template, "AWS::ApiGatewayV2::Stage").get("AccessLogSettings");
        assertEquals(Map.of("Fn::GetAtt", List.of(accessLogsId, "Arn")), settings.get("DestinationArn"));
        String format = (String) settings.get("Format");
        assertTrue(format.startsWith("{") && format.contains("\"requestId\":\"$context.requestId\""), format);
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldKeepAccessAndFunctionLogsThirtyDays(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        template.resourceCountIs("AWS::Logs::LogGroup", 2);
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldSendFunctionLogsToItsOwnLogGroup(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String functionLogsId = template.findResources("AWS::Logs::LogGroup").keySet().stream()
                .filter(id -> id.startsWith("FunctionLogs")).findFirst().orElseThrow();
        template.hasResourceProperties("AWS::Lambda::Function",
                Map.of("LoggingConfig", Map.of("LogGroup", Map.of("Ref", functionLogsId))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldAnswerCorsPreflightWithTheApplicationPolicy(FunctionRuntime runtime) {
        Synth.template(runtime).hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Map.of(
                "AllowOrigins", List.of("*"),
                "AllowMethods", List.of("HEAD", "GET", "POST", "OPTIONS"),
                "AllowHeaders", List.of("Content-Type"),
                "AllowCredentials", false,
                "MaxAge", 86400)));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldOutputTheStageUrlWithoutCustomDomain(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String apiId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::Api");
        template.hasOutput("Url", Map.of("Value", Map.of("Fn::Join", List.of("", List.of(
                "https://", Map.of("Ref", apiId), ".execute-api.", Map.of("Ref", "AWS::Region"), ".",
                Map.of("Ref", "AWS::URLSuffix"), "/")))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldOutputTheFunctionName(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String functionId = Synth.onlyResourceId(template, "AWS::Lambda::Function");
        template.hasOutput("FunctionName", Map.of("Value", Map.of("Ref", functionId)));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldCreateNoCustomDomainUnlessAsked(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        template.resourceCountIs("AWS::ApiGatewayV2::DomainName", 0);
        template.resourceCountIs("AWS::ApiGatewayV2::ApiMapping", 0);
        assertTrue(template.findOutputs("CustomDomainTarget").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldTakeMemoryTimeoutAndThrottlingFromContext(FunctionRuntime runtime) {
        Template template = Synth.template(runtime, Map.of(
                "memoryMiB", "768", "timeoutSeconds", "20", "throttleRatePerSecond", "5", "throttleBurst", "8"));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("MemorySize", 768, "Timeout", 20));
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of("DefaultRouteSettings",
                Match.objectLike(Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 8))));
    }
}
