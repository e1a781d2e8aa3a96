package com.tokenomics.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One {@link Chromium} for a test class, the set-up every browser test shares: registered as a static
 * {@code @RegisterExtension} field, it skips the class where Chromium is not installed, starts the browser on a fresh
 * profile before the class's tests and quits it and deletes the profile after them. Starting Chromium costs about a
 * second, so one per class.
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private final int widthPixels;
    private final int heightPixels;
    private Path profile;
    private ChromeDriver driver;

    public ChromiumSession(int widthPixels, int heightPixels) {
        this.widthPixels = widthPixels;
        this.heightPixels = heightPixels;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(Chromium.installed(), "Browser tests skipped: " + Chromium.BINARY + " or " + Chromium.DRIVER
                + " is missing (apt-get install chromium chromium-driver).");
        profile = Files.createTempDirectory("tokenomics-chromium-");
        driver = Chromium.start(profile, widthPixels, heightPixels);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    public ChromeDriver driver() {
        return driver;
    }
}
