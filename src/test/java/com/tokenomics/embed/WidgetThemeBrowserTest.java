package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.ChromiumSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** theme=light|dark picks the widget's colours; theme=auto follows the reader's system setting. */
@QuarkusTest
class WidgetThemeBrowserTest {

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession(900, 1200);


    private static void preferColourScheme(String scheme) {
        CHROMIUM.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The theme the widget settled on, once it has shown its figures. */
    private static String themeOfWidget(String theme) {
        CHROMIUM.driver().get("http://localhost:" + RestAssured.port + "/embed?model=llama-3.1-70b&system=gb200-nvl72"
                + "&users=64&context=8000" + (theme == null ? "" : "&theme=" + theme));
        new WebDriverWait(CHROMIUM.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        return CHROMIUM.driver().findElement(By.tagName("html")).getAttribute("data-theme");
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

        assertThat(CHROMIUM.driver().findElement(By.id("widget")).getCssValue("background-color"))
                .isEqualTo("rgba(22, 27, 34, 1)");
    }
}
