package com.tokenomics.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.condition.DisabledIf;

/** The same tests against the packaged standalone server (the native executable after -Pserver -Dnative). */
@QuarkusIntegrationTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging")
class HostHeaderIT extends HostHeaderTest {
}
