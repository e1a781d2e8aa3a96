package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.api.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

@QuarkusTest
@DisabledIf("com.tokenomics.api.ApiGatewayEvents#lambdaPackaging") // API Gateway always sends a Host
class HostlessCommandTest {

    @Test
    void shouldAnswerACommandWithoutAHostLeavingOutTheCalculatorButton() {
        String body = SlackRequests.form("llama-3.1-70b on gb200-nvl72 users=64 context=8k");
        String timestamp = SlackRequests.now();

        String answer = RawHttp.send("POST /slack/commands HTTP/1.0\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.length() + "\r\n"
                + SlackCommandResource.TIMESTAMP_HEADER + ": " + timestamp + "\r\n"
                + SlackCommandResource.SIGNATURE_HEADER + ": " + SlackRequests.signature(timestamp, body) + "\r\n"
                + "\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.0 200").contains("Llama 3.1 70B").doesNotContain("failed unexpectedly")
                .doesNotContain("Open in the calculator");
    }
}
