package com.tokenomics.embed;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.condition.DisabledIf;

/** The same tests against the packaged standalone server (the native executable after -Pserver -Dnative). */
@QuarkusIntegrationTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging")
class ForwardedHeadersIT extends ForwardedHeadersTest {

    @Override
    @Disabled("the packaged server runs without a Slack signing secret, so every command is refused with 503")
    void shouldNotTakeTheSlackButtonsAddressFromForwardedHeaders() {
    }
}
