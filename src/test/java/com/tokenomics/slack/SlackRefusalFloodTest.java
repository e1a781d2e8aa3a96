package com.tokenomics.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A flood of forged commands is refused one by one and logged, at most, as one line. */
@QuarkusTest
class SlackRefusalFloodTest {

    private static final int FORGED = 200;

    @Test
    void shouldNotLogALinePerRefusedRequest() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()
                        && SlackCommandResource.class.getName().equals(record.getLoggerName())) {
                    lines.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (int i = 0; i < FORGED; i++) {
                SlackRequests.unsigned(SlackRequests.form("llama-3.1-70b on h200 users=" + i))
                        .header(SlackCommandResource.TIMESTAMP_HEADER, SlackRequests.now())
                        .header(SlackCommandResource.SIGNATURE_HEADER, "v0=" + "0".repeat(64))
                        .when().post("/slack/commands").then().statusCode(401);
            }
        } finally {
            root.removeHandler(capture);
        }

        // One line if this run's first refusal is among them; none if another test's came first this minute.
        assertThat(lines).hasSizeLessThanOrEqualTo(1);
    }
}
