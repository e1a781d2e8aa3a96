package com.tokenomics.slack;

import com.tokenomics.catalog.Catalog;
import com.tokenomics.catalog.CatalogModel;
import com.tokenomics.catalog.CatalogSystem;
import com.tokenomics.scenario.QueryParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The Slack command's grammar seen from outside the door, for the test that holds every door to the table. */
public final class SlackGrammarKeys {

    private static final Catalog CATALOG = new Catalog();
    private static final CommandGrammar GRAMMAR = new CommandGrammar(
            CATALOG.models().stream().map(CatalogModel::id).toList(),
            CATALOG.systems().stream().map(CatalogSystem::id).toList(),
            QueryParameters.FIELDS);
    private static final String SCENARIO = "model=llama-3.1-70b system=h200-hgx";

    private SlackGrammarKeys() {
    }

    /**
     * The flat parameter that {@code key=value} sets in a command, or empty when the grammar refuses the key or sets
     * nothing new with it.
     */
    public static Optional<String> parameterSetBy(String key, String value) {
        Map<String, String> without = evaluated(SCENARIO);
        Command command = GRAMMAR.parse(SCENARIO.replaceAll("(^| )" + key + "=\\S+", "") + " " + key + "=" + value);
        if (!(command instanceof Command.Evaluate evaluate)) {
            return Optional.empty();
        }
        Map<String, String> added = new HashMap<>(evaluate.parameters());
        without.forEach((name, was) -> added.remove(name, was));
        return added.size() == 1 ? Optional.of(added.keySet().iterator().next()) : Optional.empty();
    }

    private static Map<String, String> evaluated(String text) {
        return ((Command.Evaluate) GRAMMAR.parse(text)).parameters();
    }
}
