package com.tokenomics.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a slash command's text asks for, as read by {@link CommandGrammar}. */
sealed interface Command {

    /** The usage message: asked for, or nothing was typed. */
    record Help() implements Command {
    }

    /** Text that cannot be read as a scenario; each problem is one plain sentence for the user. */
    record Rejected(List<String> problems) implements Command {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A scenario to evaluate.
     *
     * @param parameters flat scenario parameters (the names of {@code GET /v1/evaluate}), model and system first
     * @param typedKeys  flat parameter name → the key the user typed for it, to name it in error messages
     * @param inChannel  post the reply in the channel rather than only to the user
     * @param notes      how the text was read where it was not literal ("h200" taken as "h200-hgx")
     */
    record Evaluate(Map<String, String> parameters, Map<String, String> typedKeys, boolean inChannel,
            List<String> notes) implements Command {

        public Evaluate {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            typedKeys = Map.copyOf(typedKeys);
            notes = List.copyOf(notes);
        }
    }
}
