package com.tokenomics.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class SlackSecretTest {

    private static final List<String> READ_ACTIONS =
            List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret");

    private static Template importing(FunctionRuntime runtime) {
        return Synth.template(runtime, Map.of("slackSecretArn", Synth.IMPORTED_SECRET_ARN));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldCreateSecretWhoseValueNeverAppearsInTheTemplate(FunctionRuntime runtime) {
        Map<String, Object> secret =
                Synth.onlyResourceProperties(Synth.template(runtime), "AWS::SecretsManager::Secret");
        assertFalse(secret.containsKey("SecretString"), secret.toString());
        assertEquals(Map.of(), secret.get("GenerateSecretString"));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldPassTheCreatedSecretsArnToTheFunction(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String secretId = Synth.onlyResourceId(template, "AWS::SecretsManager::Secret");
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("SLACK_SIGNING_SECRET_ID", Map.of("Ref", secretId))))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldScopeSecretReadToOneArn(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String secretId = Synth.onlyResourceId(template, "AWS::SecretsManager::Secret");
        assertEquals(List.of(Map.of("Ref", secretId)), secretReadResources(template));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldOutputTheSecretArnForTheOperator(FunctionRuntime runtime) {
        Template template = Synth.template(runtime);
        String secretId = Synth.onlyResourceId(template, "AWS::SecretsManager::Secret");
        template.hasOutput("SlackSigningSecretArn", Map.of("Value", Map.of("Ref", secretId)));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldCreateNoSecretWhenAnArnIsGiven(FunctionRuntime runtime) {
        importing(runtime).resourceCountIs("AWS::SecretsManager::Secret", 0);
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldPassTheImportedArnToTheFunction(FunctionRuntime runtime) {
        importing(runtime).hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("SLACK_SIGNING_SECRET_ID", Synth.IMPORTED_SECRET_ARN)))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldScopeImportedSecretReadToExactlyItsArn(FunctionRuntime runtime) {
        assertEquals(List.of(Synth.IMPORTED_SECRET_ARN), secretReadResources(importing(runtime)));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldCacheTheSecretInTheExtensionForFiveMinutes(FunctionRuntime runtime) {
        Synth.template(runtime).hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Layers", Match.anyValue(),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED", "true",
                        "SECRETS_MANAGER_TTL", "300")))));
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void shouldAllowOnlyReadingTheSecret(FunctionRuntime runtime) {
        List<Object> actions = secretStatements(Synth.template(runtime)).stream()
                .map(statement -> statement.get("Action"))
                .toList();
        assertEquals(List.of(READ_ACTIONS), actions);
    }

    private static List<Object> secretReadResources(Template template) {
        return secretStatements(template).stream().map(statement -> statement.get("Resource")).toList();
    }

    /** Every policy statement that mentions a Secrets Manager action. */
    private static List<Map<String, Object>> secretStatements(Template template) {
        return Synth.policyStatements(template).stream()
                .filter(statement -> Synth.strings(statement.get("Action")).stream()
                        .anyMatch(action -> action.startsWith("secretsmanager:")))
                .toList();
    }
}
