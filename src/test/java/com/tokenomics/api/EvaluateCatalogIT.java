package com.tokenomics.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * The same tests against the packaged standalone server: in the native workflow, the native executable built with
 * -Pserver, which shares every line of the function but the Lambda handler. (Against the Lambda packaging they
 * cannot reach the application on Quarkus 3.33.2; see docs/deploy.md.)
 */
@QuarkusIntegrationTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging")
class EvaluateCatalogIT extends EvaluateCatalogTest {
}
