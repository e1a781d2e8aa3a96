package com.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.web.ChromiumSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The badge, oEmbed and Slack (Java) round a figure as the page and the widget (format.js in Chromium) do: the same
 * text for every value of a table that crosses each of the formats' size bands, their edges and halves.
 */
@QuarkusTest
class FiguresTest {

    private static final double[] VALUES = { 0, 0.000123456, 0.00125, 0.0123456, 0.042, 0.1, 0.12345, 0.15915, 0.5,
        0.5485, 0.9, 0.99996, 1, 1.0005, 1.19135, 1.2135, 2.5398295912665, 2.675, 9.9996, 10, 12.345,
        26.910373817206303, 54.08340694784202, 179.24464416503906, 287.7, 999.95, 999.996, 1000, 110405.3,
        1127094.4, -0.55, -2.5 };

    @RegisterExtension
    static final ChromiumSession CHROMIUM = new ChromiumSession(800, 600);


    /** What format.js's function makes of each value, in the order of VALUES. */
    private static List<?> inThePage(String function) {
        CHROMIUM.driver().get("http://localhost:" + RestAssured.port + "/favicon.svg");
        return (List<?>) CHROMIUM.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/format.js').then((format) => done(arguments[1].map((value) => format.FORMATS[arguments[0]]"
                + "(value))), (failure) => done(String(failure)));", function, Arrays.stream(VALUES).boxed().toList());
    }

    /** Each Java rule beside the name of its format.js twin (FORMATS' key). */
    private static final Map<String, DoubleFunction<String>> RULES = Map.of("usdPerMillion", Figures::usdPerMillion,
            "decimal", Figures::decimal, "usd", Figures::usd, "whole", Figures::whole, "percent", Figures::percent,
            "gib", Figures::gib);

    @ParameterizedTest
    @ValueSource(strings = { "usdPerMillion", "decimal", "usd", "whole", "percent", "gib" })
    void shouldRoundEveryValueAsThePageDoes(String format) {
        List<String> java = Arrays.stream(VALUES).mapToObj(RULES.get(format)).toList();

        assertThat(inThePage(format)).isEqualTo(java);
    }

    @Test
    void shouldShowTheReadmeScenariosCostWithFourFiguresBelowTenDollars() {
        assertThat(Figures.usdPerMillion(2.5398295912665)).isEqualTo("$2.54");
        assertThat(Figures.usdPerMillion(0.5485)).isEqualTo("$0.5485");
        assertThat(Figures.usdPerMillion(1.2135)).isEqualTo("$1.214");
    }
}
