package com.tokenomics.infra;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class CustomDomainTest {

    private static Template withDomain(FunctionRuntime runtime) {
        return Synth.template(runtime,
                Map.of("domainName", Synth.DOMAIN_NAME, "certificateArn", Synth.CERTIFICATE_ARN));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldCreateRegionalDomainWithTheGivenCertificate(FunctionRuntime runtime) {
        withDomain(runtime).hasResourceProperties("AWS::ApiGatewayV2::DomainName", Map.of(
                "DomainName", Synth.DOMAIN_NAME,
                "DomainNameConfigurations", List.of(Map.of(
                        "CertificateArn", Synth.CERTIFICATE_ARN,
                        "EndpointType", "REGIONAL"))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldMapTheDomainToTheDefaultStage(FunctionRuntime runtime) {
        Template template = withDomain(runtime);
        String apiId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::Api");
        String domainId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::DomainName");
        template.hasResourceProperties("AWS::ApiGatewayV2::ApiMapping", Map.of(
                "ApiId", Map.of("Ref", apiId),
                "DomainName", Map.of("Ref", domainId),
                "Stage", "$default"));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldOutputTheCustomDomainUrl(FunctionRuntime runtime) {
        Template template = withDomain(runtime);
        String domainId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::DomainName");
        template.hasOutput("Url", Map.of("Value",
                Map.of("Fn::Join", List.of("", List.of("https://", Map.of("Ref", domainId), "/")))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldOutputTheDnsTargetForTheDomain(FunctionRuntime runtime) {
        Template template = withDomain(runtime);
        String domainId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::DomainName");
        template.hasOutput("CustomDomainTarget", Map.of("Value",
                Map.of("Fn::GetAtt", List.of(domainId, "RegionalDomainName"))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldGiveTheFunctionTheCustomDomainAsItsPublicUrl(FunctionRuntime runtime) {
        Template template = withDomain(runtime);
        String domainId = Synth.onlyResourceId(template, "AWS::ApiGatewayV2::DomainName");
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of(TokenomicsStack.PUBLIC_URL_VARIABLE,
                        Map.of("Fn::Join", List.of("", List.of("https://", Map.of("Ref", domainId)))))))));
    }
}
