package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // API Gateway always sends a valid Host
class HostCheckTest {

    @Test
    void shouldAnswerAHostThatIsNotAnAddressWithAProblem() {
        String answer = RawHttp.send("GET /v1/evaluate?model=llama-3.1-70b HTTP/1.1\r\nHost: a b\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("content-type: application/problem+json")
                .endsWith(HostCheck.BAD_HOST);
    }

    @Test
    void shouldAnswerAnHttp11RequestWithoutHostWithAProblem() {
        String answer = RawHttp.send("GET /q/health/live HTTP/1.1\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").endsWith(HostCheck.BAD_HOST);
    }

    @Test
    void shouldLetAnHttp10RequestWithoutHostThrough() {
        assertThat(RawHttp.getWithoutHost("/q/health/live")).startsWith("HTTP/1.0 200");
    }
}
