package com.tokenomics.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.scenario.Figures;
import com.tokenomics.web.ChromiumSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A pricing page on another origin embeds widgets with the script tag, as a vendor would. */
@QuarkusTest
class EmbedScriptBrowserTest {

    private static final String PRICED = "model=llama-3.1-70b&system=gb200-nvl72&users=64&context=8000"
            + "&tokensPerSecond=50000&price=2";

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession(900, 1200);
    private static HostPage host;


    @AfterAll
    static void close() {
        if (host != null) {
            host.close();
        }
    }

    /** Once, when REST Assured knows the application's port (not yet before all tests). */
    @BeforeEach
    void openThePricingPage() {
        CHROMIUM.driver().switchTo().defaultContent();
        if (host != null) {
            return;
        }
        String app = "http://localhost:" + RestAssured.port;
        host = HostPage.serving("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Pricing</title></head>
                <body>
                <h1>Our prices</h1>
                <script src="%1$s/embed.js" data-model="llama-3.1-70b" data-system="gb200-nvl72" data-users="64"
                        data-context="8000" data-tokens-per-second="50000" data-price="2" async></script>
                <p>Between the widgets.</p>
                <script src="%1$s/embed.js" data-model="llama-3.1-8b" data-system="h200-hgx" data-users="16"
                        data-context="4000" data-theme="dark" async></script>
                <script src="%1$s/embed.js" data-model="llama-3.1-70b" data-system="gb200-nvl72" data-users="0"
                        data-context="8000" async></script>
                </body></html>
                """.formatted(app));
        CHROMIUM.driver().get(host.url());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(CHROMIUM.driver(), Duration.ofSeconds(20));
    }

    private static List<WebElement> frames() {
        return waiting().until(driver -> {
            List<WebElement> frames = driver.findElements(By.tagName("iframe"));
            return frames.size() == 3 ? frames : null;
        });
    }

    /** Switches into the widget and waits until it has shown its figures or its problems. */
    private static void enter(WebElement frame) {
        CHROMIUM.driver().switchTo().frame(frame);
        waiting().until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("result")),
                ExpectedConditions.visibilityOfElementLocated(By.id("error"))));
    }

    private static int reportedHeightPx(WebElement frame) {
        return Integer.parseInt(frame.getAttribute("height"));
    }

    private static int widgetHeightPx() {
        Number height = (Number) CHROMIUM.driver().executeScript(
                "return Math.ceil(document.getElementById('widget').getBoundingClientRect().height);");
        return height.intValue();
    }

    /** Waits until the host page has sized the frame to its widget's height (the widget's message arrived). */
    private static int settledHeightPx(int index) {
        WebElement frame = frames().get(index);
        enter(frame);
        int widget = widgetHeightPx();
        CHROMIUM.driver().switchTo().defaultContent();
        waiting().until(driver -> reportedHeightPx(frames().get(index)) == widget);
        return widget;
    }

    @Test
    void shouldShowTheScenariosCostPerMillionTokensInTheWidget() {
        double usdPerMillion = given().when().get("/v1/evaluate?" + PRICED)
                .then().statusCode(200).extract().jsonPath().getDouble("unitEconomics.usdPerMillionTokens");

        enter(frames().get(0));

        assertThat(CHROMIUM.driver().findElement(By.id("cost")).getText())
                .isEqualTo(Figures.usdPerMillion(usdPerMillion));
        assertThat(CHROMIUM.driver().findElement(By.id("scenario")).getText())
                .isEqualTo("Llama 3.1 70B on NVIDIA GB200 NVL72");
        assertThat(CHROMIUM.driver().findElement(By.id("verdict")).getText()).startsWith("Sustainable");
        assertThat(CHROMIUM.driver().findElement(By.id("throughput")).getText()).isEqualTo("50,000 tokens/s, given");
    }

    @Test
    void shouldPriceAContextGivenAloneAndSaySoInTheWidget() {
        enter(frames().get(1));

        assertThat(CHROMIUM.driver().findElement(By.id("split")).getText())
                .isEqualTo("Context of 4,000 tokens read as 3,500 input + 500 output tokens per request.");
        assertThat(CHROMIUM.driver().findElement(By.id("cost")).getText()).startsWith("$");
        assertThat(CHROMIUM.driver().findElement(By.id("throughput")).getText()).endsWith("tokens/s, estimated");
    }

    @Test
    void shouldResizeTheIframeToTheHeightTheWidgetReports() {
        int widget = settledHeightPx(0);

        WebElement frame = frames().get(0);
        assertThat(widget).isPositive();
        assertThat(reportedHeightPx(frame)).isEqualTo(widget);
        assertThat(frame.getCssValue("height")).isEqualTo(widget + "px");
    }

    @Test
    void shouldRunEachWidgetOnThePageOnItsOwn() {
        int first = settledHeightPx(0);
        int second = settledHeightPx(1);

        enter(frames().get(1));
        assertThat(CHROMIUM.driver().findElement(By.id("scenario")).getText()).isEqualTo("Llama 3.1 8B on NVIDIA HGX H200 (8x H200 SXM)");
        assertThat(CHROMIUM.driver().findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        CHROMIUM.driver().switchTo().defaultContent();
        // The second widget has no verdict and a note instead: its own height, not the first one's.
        assertThat(reportedHeightPx(frames().get(0))).isEqualTo(first);
        assertThat(reportedHeightPx(frames().get(1))).isEqualTo(second);
    }

    @Test
    void shouldListTheApisProblemsInsideTheWidgetForBadParameters() {
        enter(frames().get(2));

        assertThat(CHROMIUM.driver().findElement(By.id("error")).isDisplayed()).isTrue();
        assertThat(CHROMIUM.driver().findElement(By.id("error-list")).getText())
                .contains("/workload/users").contains("must be a whole number from 1");
        assertThat(CHROMIUM.driver().findElement(By.id("result")).isDisplayed()).isFalse();
    }

    @Test
    void shouldLinkToTheCalculatorWithTheSameScenarioInANewTab() {
        enter(frames().get(0));

        WebElement link = CHROMIUM.driver().findElement(By.id("calculator"));
        assertThat(link.getAttribute("href")).isEqualTo("http://localhost:" + RestAssured.port + "/?" + PRICED);
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener");
    }

    @Test
    void shouldTitleEachIframeForScreenReaders() {
        assertThat(frames().get(0).getAttribute("title"))
                .isEqualTo("Tokenomics: cost per token of llama-3.1-70b on gb200-nvl72");
    }
}
