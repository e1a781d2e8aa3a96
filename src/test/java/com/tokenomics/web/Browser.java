package com.tokenomics.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The calculator page in a {@link ChromiumSession}'s browser, and what its tests do with it. */
final class Browser {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static final int DESKTOP_WIDTH = 1400;
    static final int DESKTOP_HEIGHT = 1000;
    static final int PHONE_HEIGHT = 812;

    private final ChromeDriver driver;
    /** The emulated phone's width in CSS pixels, or 0 for the desktop window. */
    private int phoneWidth;

    Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        waitUntil(() -> !text("#status").isEmpty() && !text("#status").startsWith("Loading")
                && !text("#status").startsWith("Calculating"));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String value(String css) {
        return find(css).getDomProperty("value");
    }

    /** Replaces a text field's content as a person would (select all, type), which fires the input events. */
    void type(String css, String text) {
        WebElement field = find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        find(css).click();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).until(ignored -> condition.getAsBoolean());
    }

    void waitForText(String css, String expected) {
        waitUntil(() -> text(css).contains(expected));
    }

    /** True when Chart.js (loaded when the first chart is about to be seen) has drawn a chart on the canvas. */
    boolean chartDrawn(String canvasCss) {
        return Boolean.TRUE.equals(script("if (!window.Chart) { return false; }"
                + " const chart = window.Chart.getChart(document.querySelector(arguments[0]));"
                + " return chart !== undefined && chart.data.datasets.length > 0"
                + " && chart.data.datasets[0].data.length > 0;", canvasCss));
    }

    /** Scrolls an element into the middle of the window, as a reader would before looking at it. */
    void scrollTo(String css) {
        script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", css);
    }

    /** The console's errors since the last call (the log is read and emptied). */
    List<LogEntry> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    /** A phone's viewport (CSS pixels, touch, mobile), as Chromium's device emulation sets it. */
    void emulatePhone(int width, int height) {
        phoneWidth = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
    }

    void emulateDesktop() {
        phoneWidth = 0;
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The whole page, not only the viewport, as a PNG under target/screenshots. */
    Path screenshot(String name) throws IOException {
        long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
        long width = phoneWidth > 0 ? phoneWidth : ((Number) script("return window.innerWidth;")).longValue();
        int restoreWidth = phoneWidth;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", phoneWidth > 0));
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            return file;
        } finally {
            if (restoreWidth > 0) {
                emulatePhone(restoreWidth, PHONE_HEIGHT);
            } else {
                emulateDesktop();
            }
        }
    }
}
