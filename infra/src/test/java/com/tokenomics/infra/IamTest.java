package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class IamTest {

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldHavePolicyStatementsToCheck(FunctionRuntime runtime) {
        assertFalse(Synth.policyStatements(Synth.template(runtime)).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldUseNoWildcardAction(FunctionRuntime runtime) {
        for (Map<String, Object> statement : Synth.policyStatements(Synth.template(runtime))) {
            for (String action : Synth.strings(statement.get("Action"))) {
                assertFalse(action.contains("*"), "wildcard action " + action + " in " + statement);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldUseNoWildcardResource(FunctionRuntime runtime) {
        for (Map<String, Object> statement : Synth.policyStatements(Synth.template(runtime))) {
            assertTrue(statement.containsKey("Resource"), "statement without Resource: " + statement);
            for (String resource : Synth.strings(statement.get("Resource"))) {
                assertFalse(resource.contains("*"), "wildcard resource " + resource + " in " + statement);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldUseNoWildcardEvenForAnImportedSecret(FunctionRuntime runtime) {
        Template template = Synth.template(runtime, Map.of("slackSecretArn", Synth.IMPORTED_SECRET_ARN));
        for (Map<String, Object> statement : Synth.policyStatements(template)) {
            for (String value : Synth.strings(List.of(statement.get("Action"), statement.get("Resource")))) {
                assertFalse(value.contains("*"), "wildcard " + value + " in " + statement);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldNotAttachAwsManagedPolicies(FunctionRuntime runtime) {
        Synth.template(runtime).allResourcesProperties("AWS::IAM::Role",
                Map.of("ManagedPolicyArns", Match.absent()));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldLetTheFunctionWriteOnlyToItsOwnLogGroup(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String functionLogsId = template.findResources("AWS::Logs::LogGroup").keySet().stream()
                .filter(id -> id.startsWith("FunctionLogs")).findFirst().orElseThrow();
        List<Object> logResources = Synth.policyStatements(template).stream()
                .filter(statement -> Synth.strings(statement.get("Action")).stream()
                        .anyMatch(action -> action.startsWith("logs:")))
                .map(statement -> statement.get("Resource"))
                .toList();
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of(functionLogsId, "Arn"))), logResources);
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldLetOnlyLambdaAssumeTheFunctionRole(FunctionRuntime runtime) {
        Synth.template(runtime).hasResourceProperties("AWS::IAM::Role", Map.of("AssumeRolePolicyDocument",
                Map.of("Statement", List.of(Map.of(
                        "Action", "sts:AssumeRole",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "lambda.amazonaws.com"))),
                        "Version", "2012-10-17")));
    }
}
