package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The calculator page in headless Chromium, served by the test application (through the Lambda handler in the
 * default build, over plain HTTP with -Pserver).
 */
@QuarkusTest
class CalculatorPageTest {

    /** A catalog system with a rack price and power, and a workload the estimator can take: a cost per token. */
    private static final String COSTED_SCENARIO = "?model=llama-3.1-70b&system=gb200-nvl72&users=64&input=2000"
            + "&output=500&price=0.9";

    private static final int PHONE_WIDTH = 375;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Browser.installed(), "Browser tests skipped: " + Chromium.BINARY + " or " + Chromium.DRIVER
                + " is missing (apt-get install chromium chromium-driver).");
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void forgetConsole() {
        browser.consoleErrors();
    }

    /**
     * The page's address with a query. In the Lambda build the page is served through the mock event server, on a free
     * port that only the configuration knows (@TestHTTPResource would give quarkus.http.test-port).
     */
    private static String page(String query) {
        Config config = ConfigProvider.getConfig();
        int port = config.getOptionalValue("quarkus.lambda.mock-event-server.test-port", Integer.class)
                .orElseGet(() -> config.getValue("quarkus.http.test-port", Integer.class));
        return "http://localhost:" + port + "/" + query;
    }

    @Test
    void shouldSizeTheArticlesExampleTypedIntoTheForm() {
        browser.open(page(""));

        browser.choose("#f-model", "");
        browser.type("#f-parameters", "70e9");
        browser.type("#f-layers", "80");
        browser.type("#f-hiddenSize", "8192");
        browser.type("#f-attentionHeads", "64");
        browser.type("#f-kvHeads", "8");
        browser.type("#f-users", "16");
        browser.type("#f-input", "");
        browser.type("#f-output", "");
        browser.type("#f-context", "10,000");
        browser.choose("#f-weights", "fp16");
        browser.choose("#f-kvCache", "fp16");
        browser.choose("#f-system", "");
        browser.type("#f-memoryPerChipGiB", "144");

        // The memory is known before the last field is typed: wait for the answer to that one too.
        browser.waitForText(".headline [data-out='sizing.chipsExact']", "1.24");
        assertThat(browser.text(".headline [data-out='memory.totalGiB']")).isEqualTo("179.2 GiB");
        assertThat(browser.text(".headline [data-out='sizing.chips']")).isEqualTo("2");
        assertThat(browser.text("#memory-title + table")).contains("130.4 GiB", "48.8 GiB", "192,428,800,000 B");
    }

    @Test
    void shouldRestoreTheScenarioFromTheShareLink() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

        assertThat(browser.value("#f-model")).isEqualTo("llama-3.1-70b");
        assertThat(browser.value("#f-system")).isEqualTo("h200-hgx");
        assertThat(browser.value("#f-users")).isEqualTo("64");
        assertThat(browser.value("#f-context")).isEqualTo("8000");
        browser.waitForText(".headline [data-out='memory.totalGiB']", "287.7 GiB");
        assertThat(browser.text("#status")).contains("Llama 3.1 70B", "H200");
    }

    @Test
    void shouldPutAChangedInputInTheShareLinkAndRestoreIt() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

        browser.type("#f-users", "128");
        browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("users=128"));
        browser.waitForText(".headline [data-out='memory.totalGiB']", "443.9 GiB");
        String shared = browser.driver().getCurrentUrl();
        browser.open(shared);

        assertThat(shared).endsWith("?model=llama-3.1-70b&system=h200-hgx&users=128&context=8000");
        assertThat(browser.value("#f-users")).isEqualTo("128");
        browser.waitForText(".headline [data-out='memory.totalGiB']", "443.9 GiB");
    }

    @Test
    void shouldShowTheApisMessageNextToABadInput() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=0&context=8000"));

        browser.waitUntil(() -> browser.find("#f-users-error").isDisplayed());
        assertThat(browser.text("#f-users-error")).contains("must be a whole number from 1");
        assertThat(browser.find("#f-users").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#problem")).contains("/workload/users");
    }

    @Test
    void shouldMarkAnOverriddenCatalogValueAndResetIt() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000&memoryPerChipGiB=100"));

        assertThat(browser.find("[data-param='memoryPerChipGiB']").getDomAttribute("class")).contains("overridden");
        assertThat(browser.text("#f-memoryPerChipGiB-origin")).contains("replaces 141");
        browser.click("[data-param='memoryPerChipGiB'] button.reset");

        browser.waitUntil(() -> !browser.driver().getCurrentUrl().contains("memoryPerChipGiB"));
        browser.waitForText(".headline [data-out='sizing.chipsExact']", "2.04");
        assertThat(browser.find("#f-memoryPerChipGiB").getDomAttribute("placeholder")).isEqualTo("141");
        assertThat(browser.find("[data-param='memoryPerChipGiB']").getDomAttribute("class"))
                .doesNotContain("overridden");
    }

    @Test
    void shouldLabelEveryControl() {
        browser.open(page(COSTED_SCENARIO));

        Object unlabelled = browser.script("return [...document.querySelectorAll('input, select, textarea, button')]"
                + ".filter(control => control.labels ? control.labels.length === 0 && !control.getAttribute("
                + "'aria-label') && !control.textContent.trim() : false).map(control => control.outerHTML);");

        assertThat((List<?>) unlabelled).isEmpty();
    }

    @Test
    void shouldOfferTheSkipLinkAsTheFirstKeyboardStop() {
        browser.open(page(COSTED_SCENARIO));

        browser.find("body").sendKeys(Keys.TAB);

        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to the results");
    }

    @Test
    void shouldOfferTheScenarioAsACurlCommand() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=16&context=8000"));

        browser.click("#copy-curl");

        assertThat(browser.value("#share-text")).startsWith("curl -s -X POST '" + page("v1/evaluate") + "'")
                .contains("\"users\":16", "\"id\":\"llama-3.1-70b\"");
    }

    @Test
    void shouldDrawTheCompareChart() throws IOException {
        browser.open(page(COSTED_SCENARIO));

        browser.click("#compare > summary");

        browser.waitUntil(() -> browser.chartDrawn("#compare-chart"));
        assertThat(browser.text("#compare-rows")).contains("GB200", "H200", "MI300X");
    }

    @Test
    void shouldDrawTheSweepCharts() {
        browser.open(page(COSTED_SCENARIO));

        browser.click("#sweep > summary");

        browser.waitUntil(() -> browser.chartDrawn("#sweep-users-chart") && browser.chartDrawn(
                "#sweep-utilization-chart"));
    }

    @Test
    void shouldDrawTheSensitivityTornado() {
        browser.open(page(COSTED_SCENARIO));

        browser.click("#sensitivity > summary");

        browser.waitUntil(() -> browser.chartDrawn("#sensitivity-chart"));
    }

    @Test
    void shouldLogNoConsoleErrorsWhileEveryViewIsOpen() throws IOException {
        browser.open(page(COSTED_SCENARIO));
        for (String view : new String[] { "compare", "sweep", "sensitivity" }) {
            browser.click("#" + view + " > summary");
        }
        browser.click("#assumptions-box > summary");
        browser.waitUntil(() -> browser.chartDrawn("#compare-chart") && browser.chartDrawn("#sweep-users-chart")
                && browser.chartDrawn("#sensitivity-chart"));

        Path screenshot = browser.screenshot("calculator");

        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void shouldFitAPhoneScreenWithoutSidewaysScrolling() throws IOException {
        browser.emulatePhone(PHONE_WIDTH, Browser.PHONE_HEIGHT);
        try {
            browser.open(page(COSTED_SCENARIO));
            browser.click("#assumptions-box > summary");
            browser.waitUntil(() -> browser.chartDrawn("#cost-chart"));
            browser.screenshot("calculator-phone");

            long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
            long innerWidth = ((Number) browser.script("return window.innerWidth;")).longValue();

            assertThat(innerWidth).isEqualTo(PHONE_WIDTH);
            assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
        } finally {
            browser.emulateDesktop();
        }
    }
}
