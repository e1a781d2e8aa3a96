package com.tokenomics.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same tests against the packaged application (the native executable in the native workflow). */
@QuarkusIntegrationTest
@ExtendWith(MockEventServerUrl.class)
class EvaluateCatalogIT extends EvaluateCatalogTest {
}
