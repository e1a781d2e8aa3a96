package com.tokenomics.slack;

import static com.tokenomics.slack.CommandGrammar.echo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One command's text being read, word by word, with the words of {@link CommandGrammar}: what was found so far and
 * every problem with it, so that a reply can list them all at once rather than one per try.
 */
final class CommandReading {

    private static final int MAX_TEXT_CHARS = 1_000;
    private static final int MAX_VALUE_CHARS = 100;

    private static final Set<String> HELP_WORDS = Set.of("help", "?", "-h", "--help", "usage");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern QUOTES = Pattern.compile("[\"'`\\u2018\\u2019\\u201C\\u201D]");

    /** The workload's size; a latency target alone leaves it to the default. */
    private static final Set<String> WORKLOAD_SIZE = Set.of("/workload/users", "/workload/contextTokens",
            "/workload/inputTokens", "/workload/outputTokens");

    private final CommandGrammar grammar;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> typedKeys = new HashMap<>();
    private final Map<String, String> keyForField = new HashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private String modelWord;
    private String systemWord;
    private boolean systemNext;
    private boolean inChannel;

    CommandReading(CommandGrammar grammar) {
        this.grammar = grammar;
    }

    Command read(String text) {
        if (text == null || text.isBlank()) {
            return new Command.Help();
        }
        if (text.length() > MAX_TEXT_CHARS) {
            return new Command.Rejected(List.of("That is " + text.length() + " characters; a command needs far "
                    + "fewer (at most " + MAX_TEXT_CHARS + "): a model, a system and a few key=value pairs."));
        }
        for (String token : SEPARATORS.split(normalize(text).trim())) {
            String word = token.replaceAll("[,;.]+$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            if (HELP_WORDS.contains(lower)) {
                return new Command.Help();
            }
            if (lower.equals("public")) {
                inChannel = true;
            } else if (lower.equals("on")) {
                systemNext = true;
            } else if (word.indexOf('=') < 0) {
                positional(word);
            } else {
                keyValue(word);
            }
        }
        return command();
    }

    /** Undoes what chat clients do to typed text: smart quotes, long dashes, odd spaces, HTML escapes. */
    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        plain = INVISIBLE.matcher(plain).replaceAll(" ");
        plain = DASHES.matcher(plain).replaceAll("-");
        return QUOTES.matcher(plain).replaceAll("");
    }

    private void positional(String word) {
        if (modelWord == null && !systemNext) {
            modelWord = word;
        } else if (systemWord == null) {
            systemWord = word;
        } else {
            problem("I don't know what `" + echo(word) + "` means here: after the model and the system come "
                    + "key=value pairs such as users=64.");
        }
        systemNext = false;
    }

    private void keyValue(String word) {
        int equals = word.indexOf('=');
        // Looked up in lower case, echoed as typed: "electricityUsdPerKwh", not "electricityusdperkwh".
        String typed = word.substring(0, equals);
        String typedKey = typed.toLowerCase(Locale.ROOT);
        String value = word.substring(equals + 1);
        if (typedKey.isEmpty()) {
            problem("`" + echo(word) + "` has no key before the =; write it like users=64.");
            return;
        }
        if (value.isEmpty()) {
            problem("`" + echo(typed) + "=` has no value; write it like " + CommandGrammar.example(typed) + ".");
            return;
        }
        if (value.length() > MAX_VALUE_CHARS) {
            problem("The value of `" + echo(typed) + "` is " + value.length() + " characters long; values have at most "
                    + MAX_VALUE_CHARS + ".");
            return;
        }
        String name = grammar.parameterOf(typedKey);
        if (name == null) {
            String close = grammar.didYouMean(typedKey);
            problem("`" + echo(typed) + "` is not a key I know." + (close.isEmpty()
                    ? " Type `/tokenomics help` for the keys." : close));
            return;
        }
        if (name.equals("model") || name.equals("system")) {
            named(name, typed, value);
            return;
        }
        String earlier = keyForField.putIfAbsent(grammar.fieldOf(name), typed);
        if (earlier != null) {
            problem(earlier.equalsIgnoreCase(typed) ? "`" + echo(typed) + "` is given twice; give it once."
                    : "`" + echo(earlier) + "` and `" + echo(typed) + "` set the same thing; give one of them.");
            return;
        }
        String parsed = CommandGrammar.value(name, typed, value, this::problem);
        if (parsed != null) {
            parameters.put(name, parsed);
            typedKeys.put(name, typed);
        }
    }

    private void named(String name, String typedKey, String value) {
        boolean model = name.equals("model");
        if ((model ? modelWord : systemWord) != null) {
            problem("The " + name + " is given twice; give it once.");
        } else if (model) {
            modelWord = value;
        } else {
            systemWord = value;
        }
        typedKeys.put(name, typedKey);
    }

    private void problem(String problem) {
        problems.add(problem);
    }

    /** The command read: a scenario to evaluate, or the problems (at most {@link CommandGrammar#MAX_PROBLEMS}). */
    private Command command() {
        String model = modelWord == null ? null : grammar.models().idFor(modelWord, notes, problems);
        String system = systemWord == null ? null : grammar.systems().idFor(systemWord, notes, problems);
        if (modelWord == null) {
            problem("Name a model first, e.g. `/tokenomics llama-3.1-70b on h200 users=64`.");
        } else if (systemWord == null) {
            problem("Name a system after the model, e.g. `/tokenomics " + echo(modelWord) + " on h200-hgx`.");
        }
        if (problems.size() > CommandGrammar.MAX_PROBLEMS) {
            List<String> shown = new ArrayList<>(new ArrayList<>(problems).subList(0, CommandGrammar.MAX_PROBLEMS));
            shown.add("… and " + (problems.size() - CommandGrammar.MAX_PROBLEMS) + " more.");
            return new Command.Rejected(shown);
        }
        if (!problems.isEmpty()) {
            return new Command.Rejected(new ArrayList<>(problems));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("model", model);
        ordered.put("system", system);
        ordered.putAll(parameters);
        if (parameters.keySet().stream().map(grammar::fieldOf).noneMatch(WORKLOAD_SIZE::contains)) {
            ordered.putAll(CommandGrammar.DEFAULT_WORKLOAD);
            notes.add(CommandGrammar.DEFAULT_WORKLOAD_NOTE);
        }
        typedKeys.putIfAbsent("model", "model");
        typedKeys.putIfAbsent("system", "system");
        return new Command.Evaluate(ordered, typedKeys, inChannel, notes);
    }
}
