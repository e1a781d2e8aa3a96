package com.tokenomics.api;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points REST Assured at the packaged application's mock event server. Since Quarkus 3.31, an integration test
 * sets REST Assured's URL only when the launcher reports a listening address, which the Lambda launcher does not
 * (quarkusio/quarkus#52310 describes the same cause for test-host), so the base URI and path stay unset.
 */
public class MockEventServerUrl implements BeforeEachCallback {

    private static final int DEFAULT_MOCK_EVENT_SERVER_TEST_PORT = 8081;

    @Override
    public void beforeEach(ExtensionContext context) {
        if (RestAssured.baseURI == null || RestAssured.baseURI.isBlank()) {
            RestAssured.baseURI = "http://localhost";
            RestAssured.basePath = "";
            RestAssured.port = ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.lambda.mock-event-server.test-port", Integer.class)
                    .filter(port -> port > 0)
                    .orElse(DEFAULT_MOCK_EVENT_SERVER_TEST_PORT);
        }
    }
}
