package com.tokenomics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.engine.Calibrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The estimator against the MLPerf results it was fitted on, and against each result left out of its own fit.
 * Writes the table docs/accuracy.md shows to target/accuracy-table.md.
 */
class CalibrationAccuracyTest {

    private static final Calibrator.Result RESULT = new Calibrations(new Catalog()).result();

    @Test
    void shouldFitEveryResultWithAKnownPrecision() {
        assertThat(RESULT.rows()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(RESULT.rows()).allSatisfy(row -> assertThat(row.estimatedTokensPerSecond()).isPositive());
    }

    @Test
    void shouldEstimateTheCalibrationResultsWithinTwentyPercentMedian() {
        assertThat(RESULT.medianAbsError()).isLessThanOrEqualTo(0.20);
    }

    @Test
    void shouldEstimateResultsLeftOutOfTheFitWithinTwentyPercentMedian() {
        assertThat(RESULT.medianAbsLeaveOneOutError()).isLessThanOrEqualTo(0.20);
    }

    @Test
    void shouldGiveSystemsWithoutResultsTheMedianFactorAndAWiderBand() {
        assertThat(RESULT.forSystem("tpu-v6e-host")).isEqualTo(RESULT.fallback());
        assertThat(RESULT.fallback().expectedErrorFraction())
                .isGreaterThanOrEqualTo(RESULT.forSystem("h200-hgx").expectedErrorFraction());
    }

    @Test
    void shouldWriteTheAccuracyTable() throws IOException {
        StringBuilder table = new StringBuilder("| result | system | batch | TP | measured tok/s | estimated | error "
                + "| left out: estimated | error |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Calibrator.Row row : RESULT.rows()) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %,.1f | %,.1f | %+.1f %% | %,.1f | %+.1f %% |%n",
                    row.label(), row.systemId(), row.batchPerInstance(), row.tensorParallel(),
                    row.measuredTokensPerSecond(), row.estimatedTokensPerSecond(), row.error() * 100,
                    row.leaveOneOutTokensPerSecond(), row.leaveOneOutError() * 100));
        }
        table.append(String.format(Locale.ROOT, "%nMedian absolute error: %.1f %% in sample, %.1f %% left out.%n",
                RESULT.medianAbsError() * 100, RESULT.medianAbsLeaveOneOutError() * 100));
        RESULT.bySystem().forEach((system, calibration) -> table.append(String.format(Locale.ROOT,
                "- %s: factor %.3f, band ±%.1f %%%n", system, calibration.factor(),
                calibration.expectedErrorFraction() * 100)));
        table.append(String.format(Locale.ROOT, "- any other system: factor %.3f, band ±%.1f %%%n",
                RESULT.fallback().factor(), RESULT.fallback().expectedErrorFraction() * 100));
        Path written = Path.of("target", "accuracy-table.md");
        Files.createDirectories(written.getParent());
        Files.writeString(written, table);

        assertThat(written).content().contains("Median absolute error");
    }
}
