package com.tokenomics.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine names its inputs in its own words ({@link Input}): an API JSON pointer in its source, code or comment,
 * would tie it to one door's request shape.
 */
class EngineNamesTest {

    private static final Path ENGINE_SOURCES = Path.of("src/main/java/com/tokenomics/engine");
    private static final Pattern API_POINTER =
            Pattern.compile("(?<![\\w.])/(model|workload|precision|system|deployment|finance|market)\\b");

    @Test
    void shouldKeepApiJsonPointersOutOfTheEngine() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ENGINE_SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher pointer = API_POINTER.matcher(lines.get(i));
                    if (pointer.find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + pointer.group());
                    }
                }
            }
        }

        assertThat(found).isEmpty();
    }

    @Test
    void shouldCatchAPointerInAStringOrAComment() {
        assertThat(API_POINTER.matcher("new Warning(\"X\", \"/deployment/tokensPerSecond\", m)").find()).isTrue();
        assertThat(API_POINTER.matcher("// the field {@code /market}").find()).isTrue();
        assertThat(API_POINTER.matcher("see docs/formulas.md, tokens/system").find()).isFalse();
    }
}
