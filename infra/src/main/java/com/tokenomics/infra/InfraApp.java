package com.tokenomics.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/** Entry point run by the CDK CLI (see cdk.json): synthesizes the Tokenomics stack from the CDK context. */
public final class InfraApp {

    public static final String STACK_NAME = "Tokenomics";

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        createStack(app);
        app.synth();
    }

    /**
     * Environment-agnostic on purpose: the account and region come from the deploying credentials, and the
     * template is the same one the tests check.
     */
    static TokenomicsStack createStack(App app) {
        return new TokenomicsStack(app, STACK_NAME,
                StackProps.builder().description("Tokenomics: what a token really costs").build(),
                DeploySettings.fromContext(app.getNode()::tryGetContext));
    }
}
