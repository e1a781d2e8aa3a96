package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.ChromiumSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack splits a context given alone as the page and the widget do (workload.js in Chromium). */
@QuarkusTest
class ContextSplitTest {

    private static final long[] CONTEXTS = { 2, 3, 4, 7, 8, 9, 12, 20, 1_000, 8_000, 10_000, 10_001, 131_072,
        999_999_999, 1_000_000_000 };

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession(800, 600);

    @Test
    void shouldSplitEveryContextAsThePageDoes() {
        CHROMIUM.driver().get("http://localhost:" + RestAssured.port + "/favicon.svg");
        List<?> page = (List<?>) CHROMIUM.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/workload.js').then((workload) => done(arguments[0].map((context) => {"
                + "const split = workload.splitContext(context); return [split.input, split.output]; })),"
                + "(failure) => done(String(failure)));", Arrays.stream(CONTEXTS).boxed().toList());
        List<List<Long>> java = Arrays.stream(CONTEXTS).mapToObj(ContextSplit::of)
                .map(split -> List.of(split.inputTokens(), split.outputTokens())).toList();

        assertThat(page).hasSize(CONTEXTS.length);
        for (int i = 0; i < CONTEXTS.length; i++) {
            List<?> pair = (List<?>) page.get(i);
            assertThat(List.of(((Number) pair.get(0)).longValue(), ((Number) pair.get(1)).longValue()))
                    .as("context %d", CONTEXTS[i]).isEqualTo(java.get(i));
        }
    }

    @Test
    void shouldSplitEightThousandIntoSevenThousandAndOneThousand() {
        assertThat(ContextSplit.of(8_000)).isEqualTo(new ContextSplit(7_000, 1_000));
    }

    @Test
    void shouldLeaveAContextOutsideItsRangeToTheApi() {
        assertThat(Map.of("0", ContextSplit.ofTyped("0"), "1", ContextSplit.ofTyped("1"),
                "2e9", ContextSplit.ofTyped("2e9"), "8000.5", ContextSplit.ofTyped("8000.5"),
                "abc", ContextSplit.ofTyped("abc")).values()).allMatch(Optional::isEmpty);
    }
}
