package com.tokenomics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);

    private static Browser browser;

    @BeforeAll
    static void openThePage() {
        browser = new Browser(CHROMIUM.driver());
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

        // The custom system's memory arrives last: until then the page shows the last valid results.
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
    void shouldStateAPercentFieldsRangeInPercent() {
        browser.open(page(COSTED_SCENARIO + "&utilization=0.6"));
        browser.waitUntil(() -> browser.find("#f-utilization").getDomAttribute("data-max") != null);

        browser.type("#f-utilization", "150");

        browser.waitUntil(() -> browser.find("#f-utilization-error").isDisplayed());
        assertThat(browser.text("#f-utilization-error"))
                .isEqualTo("must be a percentage from 0.0001 to 100 %; got 150 %.");
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
            browser.scrollTo("#cost-chart");
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

    /** The lines of the first file the page offered for download, split at CRLF in the page. */
    private static List<?> exportedLines() {
        return (List<?>) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.exported[0].text().then((text) => done(text.split('\\r\\n')));");
    }

    /** Waits until the page shows the results for a name, or a problem; then says which. */
    private static void settleOn(String name) {
        browser.waitUntil(() -> browser.text("#status").contains(name) || browser.find("#problem").isDisplayed());
    }

    private static List<String> optionValues(String selectCss) {
        return new Select(browser.find(selectCss)).getOptions().stream().map(option -> option.getDomAttribute("value"))
                .filter(value -> value != null && !value.isEmpty()).toList();
    }

    private static String chosenText(String selectCss) {
        return new Select(browser.find(selectCss)).getFirstSelectedOption().getText();
    }

    private static void assertNoProblem(String after) {
        assertThat(browser.find("#problem").isDisplayed()).as("a problem after %s: %s", after,
                browser.text("#problem")).isFalse();
    }

    @Test
    void shouldLeaveNoErrorWhenEveryCatalogModelIsChosenAfterTheArticlesExample() {
        browser.open(page(""));
        browser.click("#article-example");
        browser.waitForText("#status", "Llama 3.1 70B (article)");

        for (String model : optionValues("#f-model")) {
            browser.choose("#f-model", model);
            settleOn(chosenText("#f-model"));

            assertNoProblem("choosing " + model);
        }
    }

    @Test
    void shouldLeaveNoErrorWhenEveryCatalogSystemIsChosenAfterTheArticlesExample() {
        browser.open(page(""));
        browser.click("#article-example");
        browser.waitForText("#status", "Llama 3.1 70B (article)");
        browser.choose("#f-model", "deepseek-v3");

        for (String system : optionValues("#f-system")) {
            browser.choose("#f-system", system);
            settleOn(chosenText("#f-system"));

            assertNoProblem("choosing " + system);
        }
    }

    @Test
    void shouldLeaveNoErrorWhenEveryPresetAndCatalogPriceIsChosen() {
        browser.open(page(COSTED_SCENARIO));

        for (WebElement preset : browser.driver().findElements(org.openqa.selenium.By.cssSelector("button.preset"))) {
            preset.click();
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("input="));
            settleOn("Results for");
            assertNoProblem("the workload preset " + preset.getText());
        }
        for (String finance : optionValues("#f-preset")) {
            browser.choose("#f-preset", finance);
            settleOn("Results for");
            assertNoProblem("the finance preset " + finance);
        }
        for (String price : optionValues("#f-priceId")) {
            browser.choose("#f-priceId", price);
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("priceId=" + price));
            settleOn("Results for");
            assertNoProblem("the catalog price " + price);
        }
    }

    @Test
    void shouldSayWhichTypedFiguresACatalogModelReplaces() {
        browser.open(page(""));
        browser.click("#article-example");
        browser.waitForText("#status", "Llama 3.1 70B (article)");

        browser.choose("#f-model", "llama-3.1-70b");

        browser.waitUntil(() -> browser.find("#choice-note").isDisplayed());
        assertThat(browser.text("#choice-note")).contains("Llama 3.1 70B replaces what was entered for", "Parameters",
                "Layers");
        assertThat(browser.value("#f-parameters")).isEmpty();
        assertThat(browser.value("#f-layers")).isEmpty();
    }

    @Test
    void shouldShowTheCostPerMillionTokensForTheReadmesLink() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

        browser.waitForText(".headline [data-out='unitEconomics.usdPerMillionTokens']", "$");
        assertThat(browser.text(".headline [data-out='unitEconomics.usdPerMillionTokens']")).isEqualTo("$2.54");
        assertThat(browser.text("#split-note")).startsWith(
                "Context of 8,000 tokens read as 7,000 input + 1,000 output tokens per request (7:1)");
        assertThat(browser.driver().getCurrentUrl()).endsWith("users=64&context=8000");
    }

    @Test
    void shouldShowWhatOwningCostsPerChipHour() {
        // docs/design.md's finance check: $1,127,094 a year over 72 chips × 8,760 h.
        browser.open(page("?parameters=70e9&layers=80&hiddenSize=8192&attentionHeads=64&kvHeads=8&users=16"
                + "&context=10000&weights=fp16&memoryPerChipGiB=144&chipsPerRack=72&powerPerRackKw=120"
                + "&pricePerRackUsd=3000000&tokensPerSecond=50000&depreciationYears=5&wacc=0.08"
                + "&electricityUsdPerKwh=0.08&pue=1.3&hostingUsdPerKwMonth=185&utilization=0.6"));

        browser.waitForText("[data-out='cost.usdPerChipHour']", "$");
        assertThat(browser.text("[data-out='cost.usdPerChipHour']")).isEqualTo("$1.787");
    }

    @Test
    void shouldSayWhenNoUtilizationBreaksEven() {
        // One chip's estimated tokens pay for a 72-chip rack: $26.91 per million tokens against a price of $0.90.
        browser.open(page(COSTED_SCENARIO));

        browser.waitForText("[data-out='market.breakEvenUtilization']", "%");
        assertThat(browser.text("[data-out='market.breakEvenUtilization']")).startsWith("not reachable (")
                .endsWith(" % of the year)");
    }

    @Test
    void shouldExplainHowTheThroughputScalesToTheChipsCounted() {
        browser.open(page(COSTED_SCENARIO + "&fillRacks=true"));

        browser.waitForText("#throughput-scaling", "chips counted");
        assertThat(browser.text("#throughput-scaling")).matches(
                "[0-9,.]+ tokens/s = [0-9,.]+ tokens/s per chip × 72 chips counted: 1 instance of 1 chip, each "
                        + "serving 64 users at [0-9.]+ tokens/s per user, × 72 copies filling the racks\\.");
    }

    @Test
    void shouldFillInputAndOutputFromAWorkloadPreset() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

        browser.click("button.preset[data-preset='reasoning']");

        browser.waitUntil(() -> browser.driver().getCurrentUrl().endsWith("users=64&input=1000&output=8000"));
        assertThat(browser.value("#f-context")).isEmpty();
        browser.waitForText(".headline [data-out='memory.totalGiB']", "GiB");
    }

    @Test
    void shouldShowUtilizationAsAPercentAndShareItAsAFraction() {
        browser.open(page(COSTED_SCENARIO + "&utilization=0.6"));

        assertThat(browser.value("#f-utilization")).isEqualTo("60");
        browser.type("#f-utilization", "30");

        browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("utilization=0.3"));
    }

    @Test
    void shouldOfferTheScenarioAsScriptTagIframeAndBadge() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

        browser.click("#embed-this");

        assertThat(browser.value("#embed-script")).isEqualTo("<script src=\"" + page("embed.js") + "\" "
                + "data-model=\"llama-3.1-70b\" data-system=\"h200-hgx\" data-users=\"64\" data-context=\"8000\" "
                + "async></script>");
        assertThat(browser.value("#embed-iframe")).contains("/embed?model=llama-3.1-70b&amp;system=h200-hgx",
                "height=\"480\"");
        // The badge takes its address as given: it gets the page's split of the context, and so its cost.
        assertThat(browser.value("#embed-badge")).endsWith(
                "/v1/badge.svg?model=llama-3.1-70b&system=h200-hgx&users=64&input=7000&output=1000)");
    }

    @Test
    void shouldShareATypedNumberWithoutItsSeparators() {
        browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

        browser.type("#f-users", "10,000");
        browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("users=10000"));
        browser.click("#embed-this");

        assertThat(browser.value("#embed-script")).contains("data-users=\"10000\"");
    }

    @Test
    void shouldExportTheComparisonAsACsvWithAUnitInEveryFigureColumn() {
        browser.open(page(COSTED_SCENARIO));
        browser.script("window.exported = []; URL.createObjectURL = (blob) => { window.exported.push(blob); "
                + "return 'about:blank'; }; HTMLAnchorElement.prototype.click = () => {};");
        browser.click("#compare > summary");
        browser.waitUntil(() -> browser.chartDrawn("#compare-chart"));

        browser.click("#compare-csv");

        List<?> lines = exportedLines();
        assertThat((String) lines.get(0)).startsWith(
                "rank,system,cost [USD per million tokens],efficiency [tokens per USD per W]");
        // The scenario's own system and the three others ticked by default, and the empty line after the last CRLF.
        assertThat(lines).hasSize(6).last().isEqualTo("");
        assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(((String) line).split(",", -1)).hasSize(13));
    }

    @Test
    void shouldExportTheResultAsACsvOfEightColumnsWithUnits() {
        browser.open(page(COSTED_SCENARIO));
        browser.script("window.exported = []; URL.createObjectURL = (blob) => { window.exported.push(blob); "
                + "return 'about:blank'; }; HTMLAnchorElement.prototype.click = () => {};");

        browser.click("#download-csv");

        List<?> lines = exportedLines();
        assertThat(lines.get(0)).isEqualTo("section,field,value,unit,origin,source,asOf,confidence");
        assertThat(lines)
                .anySatisfy(line -> assertThat((String) line).matches("memory,totalGiB,[0-9.]+,GiB,calculated,,,"))
                .anySatisfy(line -> assertThat((String) line).matches(
                        "unitEconomics,usdPerMillionTokens,[0-9.]+,USD per million tokens,calculated,,,"));
    }

    @Test
    void shouldDrawTheMemoryAndFrontierChartsWhenTheyAreSeen() {
        browser.open(page(COSTED_SCENARIO));

        browser.scrollTo("#memory-chart");
        browser.waitUntil(() -> browser.chartDrawn("#memory-chart"));
        browser.scrollTo("#frontier-chart");

        browser.waitUntil(() -> browser.chartDrawn("#frontier-chart"));
        Number points = (Number) browser.script("return window.Chart.getChart("
                + "document.querySelector('#frontier-chart')).data.datasets[0].data.length;");
        assertThat(points.intValue()).isGreaterThan(5);
    }

    @Test
    void shouldTakeTheUsersLimitAndUnitFromTheParameterList() {
        browser.open(page(COSTED_SCENARIO));
        Object listed = browser.script("return fetch('/v1/parameters').then(response => response.json())"
                + ".then(list => String(list.find(parameter => parameter.name === 'users').max));");

        browser.waitUntil(() -> browser.find("#f-users").getDomAttribute("data-max") != null);
        assertThat(browser.find("#f-users").getDomAttribute("data-max")).isEqualTo(listed).isEqualTo("100000000");
        assertThat(browser.find("#f-users").getDomAttribute("data-step")).isEqualTo("1");
        assertThat(browser.find("#f-users").getDomAttribute("title")).endsWith(
                "Allowed: a whole number from 1 to 100,000,000 (users), or max.");
        assertThat(browser.text("[data-param='users'] .unit")).isEqualTo("users");
    }

    @Test
    void shouldShowAPercentFieldsLimitInPercent() {
        browser.open(page(COSTED_SCENARIO));

        browser.waitUntil(() -> browser.find("#f-utilization").getDomAttribute("data-max") != null);
        assertThat(browser.find("#f-utilization").getDomAttribute("data-max")).isEqualTo("100");
        assertThat(browser.find("#f-utilization").getDomAttribute("title"))
                .endsWith("Allowed: a percentage from 0.0001 to 100 %.");
    }

    @Test
    void shouldEvaluateAndShareWithoutTheParameterList() {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        // Not from the cache either: an earlier test's page may have kept the list for its ten minutes.
        browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/v1/parameters")));
        try {
            browser.open(page("?model=llama-3.1-70b&system=h200-hgx&users=64&context=8000"));

            browser.waitForText(".headline [data-out='memory.totalGiB']", "287.7 GiB");
            browser.type("#f-users", "128");
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("users=128"));
            assertThat(browser.find("#f-users").getDomAttribute("data-max")).isNull();
            assertThat(browser.text("[data-param='context'] .unit")).isEqualTo("tokens per user");
        } finally {
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            browser.driver().executeCdpCommand("Network.disable", Map.of());
            browser.consoleErrors();
        }
    }
}
