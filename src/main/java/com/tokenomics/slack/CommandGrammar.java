package com.tokenomics.slack;

import static java.util.Map.entry;

import com.tokenomics.scenario.ParameterTable;
import com.tokenomics.scenario.ParameterTable.Kind;
import com.tokenomics.scenario.ParameterTable.Parameter;
import com.tokenomics.scenario.Suggestions;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of {@code /tokenomics llama-3.1-70b on h200 users=64 context=8k} and what they mean as the flat scenario
 * parameters of {@code GET /v1/evaluate}, so that the command, the API and share links run the same checks. A
 * {@link CommandReading} reads one text with them.
 *
 * <p>Forgiving where the meaning is clear: a model or system id may be shortened to a word that starts or is part of
 * exactly one catalog id; numbers take {@code k} (1,000), {@code Ki} (1,024) and {@code M} (1,000,000), a {@code $}
 * and a {@code %}; keys take any case; typographic dashes and quotes that chat clients put in are undone. Strict where
 * a guess could mislead: an unknown key, a word that could be two ids, or a utilization above 1 without {@code %}
 * is a problem to report, not a guess.
 *
 * <p>The keys are the {@link ParameterTable}'s query names and chat keys ({@code tps}), so that a parameter added there
 * is a key here; whether a value is a text or a number comes from the table too.
 */
final class CommandGrammar {

    /** User text echoed back in a message is cut to this, so that a reply stays readable. */
    static final int MAX_ECHO_CHARS = 40;
    static final int MAX_PROBLEMS = 8;
    private static final String NO_EXAMPLE = "…";

    /**
     * The keys the help reply and docs/slack.md teach, as they write them, each with the value a message shows as an
     * example: the grammar checks these keys' values itself, in the command's words.
     */
    private static final Map<String, String> EXAMPLE_OF_TAUGHT_KEY = Map.ofEntries(entry("model", NO_EXAMPLE),
            entry("system", NO_EXAMPLE), entry("users", "64"), entry("context", "8k"), entry("input", "8k"),
            entry("output", "1k"), entry("precision", "fp8"), entry("weights", "fp8"), entry("kvcache", "fp8"),
            entry("price", "$0.90"), entry("utilization", "60%"), entry("racks", "2"), entry("tps", "50k"),
            entry("preset", NO_EXAMPLE));
    /** The taught keys → the flat parameter each sets. Every other key of the table is accepted too. */
    static final Map<String, String> KEYS = taught(parameterOfKey(ParameterTable.queryFields().keySet()));
    /**
     * The parameters behind the taught keys: a text is put in lower case, a number must read as one. Other
     * parameters go on as typed, or as the number they read as, for the API to check.
     */
    private static final Set<String> CHECKED_PARAMETERS = Set.copyOf(KEYS.values());

    /**
     * The workload of a command that gives none: the web calculator's default scenario (DEFAULT_QUERY in app.js,
     * kept equal by the tests), so that a model and a system alone answer as the page does.
     */
    static final Map<String, String> DEFAULT_WORKLOAD = defaultWorkload();
    static final String DEFAULT_WORKLOAD_NOTE = "No workload given: the web calculator's default, 64 users with "
            + "2,000 prompt + 500 generated tokens each. Add `users=` and `context=` (or `input=` and `output=`) "
            + "for yours.";
    /**
     * An API field in an API message: a JSON pointer ({@code /finance/wacc}), or a field name (camelCase) or a path
     * of them ({@code workload.inputTokens}).
     */
    private static final Pattern API_NAME = Pattern.compile(
            "(?<![\\w/])(?:/[a-z][A-Za-z]*)+\\b|\\b(?:[a-z]+\\.)*[a-z]+[A-Z][A-Za-z]*\\b");

    /** 8000, 8,000, 8.5, .5, 1e6, each with an optional k, Ki or M. */
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+)([eE][+-]?\\d{1,3})?(ki|k|m)?",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal KIBI = BigDecimal.valueOf(1_024);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Up to here numbers are written out (8000); beyond, in E notation, which every reader of the API takes. */
    private static final BigDecimal PLAIN_LIMIT = new BigDecimal("1e15");

    private final CatalogIdWords models;
    private final CatalogIdWords systems;
    private final Map<String, String> parameterFields;
    /** Every key in lower case → the flat parameter it sets. */
    private final Map<String, String> parameterOfKey;
    /** The keys a mistyped one is compared with, as a user would type them. */
    private final Set<String> knownKeys = new TreeSet<>(KEYS.keySet());
    /** JSON pointer → the key a user types for it: the shortest, a chat key where it is shorter. */
    private final Map<String, String> keyOfField = new HashMap<>();

    /**
     * @param parameterFields flat parameter name → JSON pointer of the field it sets (of {@code GET /v1/evaluate})
     */
    CommandGrammar(Collection<String> modelIds, Collection<String> systemIds, Map<String, String> parameterFields) {
        this.models = new CatalogIdWords("model", modelIds, "system", systemIds);
        this.systems = new CatalogIdWords("system", systemIds, "model", modelIds);
        this.parameterFields = Map.copyOf(parameterFields);
        this.parameterOfKey = parameterOfKey(parameterFields.keySet());
        knownKeys.addAll(parameterFields.keySet());
        parameterFields.forEach((name, field) -> keyOfField.merge(field, name, CommandGrammar::shorter));
        for (Parameter parameter : ParameterTable.all()) {
            String field = parameterFields.get(parameter.name());
            if (field != null) {
                knownKeys.addAll(parameter.chatKeys());
                parameter.chatKeys().forEach(key -> keyOfField.merge(field, key, CommandGrammar::shorter));
            }
        }
    }

    /** Of two names for one field, the one to show: the shorter (context over contextTokens), then the first. */
    private static String shorter(String one, String other) {
        return other.length() < one.length() ? other : one;
    }

    /** Each query name and each chat key of these parameters, in lower case → the parameter's query name. */
    private static Map<String, String> parameterOfKey(Collection<String> queryNames) {
        Map<String, String> parameterOfKey = new HashMap<>();
        queryNames.forEach(name -> parameterOfKey.put(name.toLowerCase(Locale.ROOT), name));
        for (Parameter parameter : ParameterTable.all()) {
            if (queryNames.contains(parameter.name())) {
                parameter.chatKeys().forEach(key -> parameterOfKey.put(key.toLowerCase(Locale.ROOT), parameter.name()));
            }
        }
        return Collections.unmodifiableMap(parameterOfKey);
    }

    private static Map<String, String> taught(Map<String, String> parameterOfKey) {
        return EXAMPLE_OF_TAUGHT_KEY.keySet().stream().collect(Collectors.toUnmodifiableMap(key -> key,
                key -> Objects.requireNonNull(parameterOfKey.get(key), "the parameter table has no key " + key)));
    }

    private static Map<String, String> defaultWorkload() {
        Map<String, String> workload = new LinkedHashMap<>();
        workload.put("users", "64");
        workload.put("input", "2000");
        workload.put("output", "500");
        return Collections.unmodifiableMap(workload);
    }

    List<String> modelIds() {
        return models.ids();
    }

    List<String> systemIds() {
        return systems.ids();
    }

    Command parse(String text) {
        return new CommandReading(this).read(text);
    }

    CatalogIdWords models() {
        return models;
    }

    CatalogIdWords systems() {
        return systems;
    }

    /** The flat parameter a key in lower case sets, or null for a key the grammar does not know. */
    String parameterOf(String typedKey) {
        return parameterOfKey.get(typedKey);
    }

    /** The JSON pointer of the field a flat parameter sets. */
    String fieldOf(String parameter) {
        return parameterFields.get(parameter);
    }

    /** " Did you mean …?" with the keys closest to a mistyped one, else empty. */
    String didYouMean(String typedKey) {
        return Suggestions.didYouMean(typedKey, knownKeys);
    }

    /** The value as the API reads it, or null after reporting why it cannot be. */
    static String value(String name, String typed, String value, Consumer<String> problems) {
        Parameter parameter = ParameterTable.byQueryName(name).orElseThrow();
        boolean checked = CHECKED_PARAMETERS.contains(name);
        if (checked && parameter.kind() == Kind.TEXT) {
            return value.toLowerCase(Locale.ROOT);
        }
        String number = name.equals("price") ? value.replaceFirst("(?i)/m(tok|tokens)?$", "") : value;
        BigDecimal parsed = number(number);
        if (parsed == null && parameter.kind() == Kind.NUMBER) {
            // The words a number also takes: users=max.
            for (String word : parameter.choices()) {
                if (word.equalsIgnoreCase(value)) {
                    return word;
                }
            }
        }
        if (parsed == null) {
            if (checked) {
                problems.accept("`" + echo(typed + "=" + value) + "`: write a number, like " + example(typed) + ".");
                return null;
            }
            // Any other parameter (modelName, capexBasis, fillRacks, wacc …) goes as typed; the API checks it.
            return value;
        }
        if (name.equals("utilization") && !value.endsWith("%") && parsed.compareTo(BigDecimal.ONE) > 0) {
            problems.accept("`" + echo(typed + "=" + value) + "` reads as " + parsed.toPlainString()
                    + " times the whole year: write a fraction (0.6) or a percentage (60%).");
            return null;
        }
        return parsed.abs().compareTo(PLAIN_LIMIT) < 0 ? parsed.stripTrailingZeros().toPlainString()
                : parsed.stripTrailingZeros().toString();
    }

    /** 8000, 8,000, 8k (8,000), 8Ki (8,192), 1.5M, $0.9, 60% (0.6), 1e6; null for anything else. */
    static BigDecimal number(String text) {
        String rest = text.trim();
        boolean percent = rest.endsWith("%");
        if (percent) {
            rest = rest.substring(0, rest.length() - 1);
        }
        if (rest.startsWith("$")) {
            rest = rest.substring(1);
        }
        Matcher matcher = NUMBER.matcher(rest);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(matcher.group(1).replace(",", "")
                + (matcher.group(2) == null ? "" : matcher.group(2)));
        String suffix = matcher.group(3) == null ? "" : matcher.group(3).toLowerCase(Locale.ROOT);
        number = switch (suffix) {
            case "k" -> number.multiply(THOUSAND);
            case "ki" -> number.multiply(KIBI);
            case "m" -> number.multiply(MILLION);
            default -> number;
        };
        return percent ? number.divide(HUNDRED) : number;
    }

    /** An example value for a key, the key written as the user typed it. */
    static String example(String typed) {
        return echo(typed) + "=" + EXAMPLE_OF_TAUGHT_KEY.getOrDefault(typed.toLowerCase(Locale.ROOT), NO_EXAMPLE);
    }

    /** User text for a message: short, and without backticks that would break its code formatting. */
    static String echo(String text) {
        String clean = text.replace('`', '\'');
        if (clean.length() <= MAX_ECHO_CHARS) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(MAX_ECHO_CHARS - 1)) ? MAX_ECHO_CHARS - 1 : MAX_ECHO_CHARS;
        return clean.substring(0, end) + "…";
    }

    /**
     * The key for the scenario field at this JSON pointer: as the user typed it, else as the grammar writes it
     * ({@code /workload/contextTokens} → {@code context}), else the field's own name.
     */
    String keyFor(String pointer, Command.Evaluate command) {
        for (Map.Entry<String, String> parameter : command.parameters().entrySet()) {
            String typed = command.typedKeys().get(parameter.getKey());
            if (typed != null && pointer.equals(parameterFields.get(parameter.getKey()))) {
                return typed;
            }
        }
        return keyOfField.getOrDefault(pointer,
                pointer.isEmpty() ? "scenario" : pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /**
     * An API message in the command's words: field names, paths and pointers of the JSON scenario
     * ({@code contextTokens}, {@code workload.inputTokens}, {@code /finance/wacc}) become the keys a user types
     * ({@code context=}, {@code input=}, {@code wacc=}).
     */
    String inCommandWords(String apiMessage) {
        return API_NAME.matcher(apiMessage).replaceAll(name -> {
            boolean pointer = name.group().startsWith("/");
            String key = keyOfField.get(pointer ? name.group() : "/" + name.group().replace('.', '/'));
            if (key == null && !pointer) {
                key = keyOfField.entrySet().stream()
                        .filter(field -> field.getKey().endsWith("/" + name.group())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            return Matcher.quoteReplacement(key == null ? name.group() : "`" + key + "=`");
        });
    }
}
