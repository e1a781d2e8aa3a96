package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.api.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/** HTTP/1.0 allows a request without Host; the pages then leave out the links that need this site's address. */
@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // API Gateway always sends a Host
class HostlessRequestTest {

    @Test
    void shouldServeTheWidgetPageWithoutItsDiscoveryLink() {
        String answer = RawHttp.getWithoutHost("/embed?model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000");

        assertThat(answer).startsWith("HTTP/1.0 200").contains("<!doctype html>").doesNotContain("json+oembed");
    }

    @Test
    void shouldAnswerOEmbedWithNotFoundAsNoAddressIsOnThisSite() {
        String answer = RawHttp.getWithoutHost("/oembed?url=http%3A%2F%2Flocalhost%2Fembed%3Fusers%3D64");

        assertThat(answer).startsWith("HTTP/1.0 404").contains("application/problem+json")
                .contains("not a calculator or widget address of this site");
    }
}
