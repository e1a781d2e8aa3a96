package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import com.tokenomics.web.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** theme=light|dark picks the widget's colours; theme=auto follows the reader's system setting. */
@QuarkusTest
class WidgetThemeBrowserTest {

    private static ChromeDriver browser;

    @BeforeAll
    static void startTheBrowser() {
        assumeTrue(Chromium.installed(), "Chromium is not installed at " + Chromium.BINARY);
        browser = Chromium.start(900, 1200);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void preferColourScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The theme the widget settled on, once it has shown its figures. */
    private static String themeOfWidget(String theme) {
        browser.get("http://localhost:" + RestAssured.port + "/embed?model=llama-3.1-70b&system=gb200-nvl72"
                + "&users=64&context=8000" + (theme == null ? "" : "&theme=" + theme));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        return browser.findElement(By.tagName("html")).getAttribute("data-theme");
    }

    @Test
    void shouldBeLightByDefaultEvenOnADarkSystem() {
        preferColourScheme("dark");

        assertThat(themeOfWidget(null)).isEqualTo("light");
    }

    @Test
    void shouldBeDarkWhenAskedOnALightSystem() {
        preferColourScheme("light");

        assertThat(themeOfWidget("dark")).isEqualTo("dark");
    }

    @Test
    void shouldFollowADarkSystemOnAuto() {
        preferColourScheme("dark");

        assertThat(themeOfWidget("auto")).isEqualTo("dark");
    }

    @Test
    void shouldFollowALightSystemOnAuto() {
        preferColourScheme("light");

        assertThat(themeOfWidget("auto")).isEqualTo("light");
    }

    @Test
    void shouldPaintTheDarkThemeDark() {
        preferColourScheme("light");
        themeOfWidget("dark");

        assertThat(browser.findElement(By.id("widget")).getCssValue("background-color"))
                .isEqualTo("rgba(22, 27, 34, 1)");
    }
}
