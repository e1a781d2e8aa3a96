package com.tokenomics.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tokenomics.scenario.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scripts as shipped: in step with the API's parameters, and never writing HTML from data. */
class EmbedScriptTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = EmbedScriptTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldKnowEveryScenarioParameterOfTheApiAndTheTheme() throws IOException {
        Matcher list = Pattern.compile("var PARAMETERS = \\[([^\\]]*)\\]").matcher(resource("META-INF/resources/embed.js"));
        assertThat(list.find()).isTrue();
        Set<String> names = new HashSet<>();
        Arrays.stream(list.group(1).split(",")).map(name -> name.trim().replace("\"", "")).forEach(names::add);

        Set<String> expected = new HashSet<>(QueryParameters.FIELDS.keySet());
        expected.add(OEmbedResource.THEME);
        assertThat(names).isEqualTo(expected);
    }

    @Test
    void shouldSetTextOnlyAsText() throws IOException {
        for (String script : new String[] {"META-INF/resources/embed.js", "META-INF/resources/embed-widget.js"}) {
            assertThat(resource(script)).as(script)
                    .doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                    .doesNotContain("document.write").doesNotContain("eval(");
        }
    }
}
