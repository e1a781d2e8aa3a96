package com.tokenomics.slack;

import com.tokenomics.scenario.Suggestions;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code /tokenomics llama-3.1-70b on h200 users=64 context=8k} into the flat scenario parameters
 * of {@code GET /v1/evaluate}, so that the command, the API and share links run the same checks.
 *
 * <p>Forgiving where the meaning is clear: a model or system id may be shortened to a word that starts or is part of
 * exactly one catalog id; numbers take {@code k} (1,000), {@code Ki} (1,024) and {@code M} (1,000,000), a {@code $}
 * and a {@code %}; keys take any case; typographic dashes and quotes that chat clients put in are undone. Strict where
 * a guess could mislead: an unknown key, a word that could be two ids, or a utilization above 1 without {@code %}
 * is a problem to report, not a guess.
 */
final class CommandGrammar {

    static final int MAX_TEXT_CHARS = 1_000;
    static final int MAX_VALUE_CHARS = 100;
    /** User text echoed back in a message is cut to this, so that a reply stays readable. */
    static final int MAX_ECHO_CHARS = 40;
    static final int MAX_PROBLEMS = 8;
    private static final int MAX_CANDIDATES = 5;
    private static final int MIN_PARTIAL_ID_CHARS = 2;

    /** Keys of the grammar → the flat parameter each sets. Any other flat parameter name is accepted as it is. */
    static final Map<String, String> KEYS = keys();

    /**
     * The workload of a command that gives none: the web calculator's default scenario (DEFAULT_QUERY in app.js,
     * kept equal by the tests), so that a model and a system alone answer as the page does.
     */
    static final Map<String, String> DEFAULT_WORKLOAD = defaultWorkload();
    static final String DEFAULT_WORKLOAD_NOTE = "No workload given: the web calculator's default, 64 users with "
            + "2,000 prompt + 500 generated tokens each. Add `users=` and `context=` (or `input=` and `output=`) "
            + "for yours.";
    /** The workload's size; a latency target alone leaves it to the default. */
    private static final Set<String> WORKLOAD_SIZE = Set.of("/workload/users", "/workload/contextTokens",
            "/workload/inputTokens", "/workload/outputTokens");
    /**
     * An API field in an API message: a JSON pointer ({@code /finance/wacc}), or a field name (camelCase) or a path
     * of them ({@code workload.inputTokens}).
     */
    private static final Pattern API_NAME = Pattern.compile(
            "(?<![\\w/])(?:/[a-z][A-Za-z]*)+\\b|\\b(?:[a-z]+\\.)*[a-z]+[A-Z][A-Za-z]*\\b");

    private static final Set<String> HELP_WORDS = Set.of("help", "?", "-h", "--help", "usage");
    private static final Set<String> TEXT_PARAMETERS = Set.of("weights", "kvCache", "preset");
    private static final Set<String> NUMERIC_PARAMETERS = Set.of("users", "context", "input", "output", "price",
            "utilization", "racks", "tokensPerSecond");

    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern QUOTES = Pattern.compile("[\"'`\\u2018\\u2019\\u201C\\u201D]");
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

    private final List<String> modelIds;
    private final List<String> systemIds;
    private final Map<String, String> parameterFields;
    private final Map<String, String> otherParameters = new HashMap<>();
    /** JSON pointer → the key a user types for it: the grammar's own where it has one. */
    private final Map<String, String> keyOfField = new HashMap<>();

    /**
     * @param parameterFields flat parameter name → JSON pointer of the field it sets (of {@code GET /v1/evaluate})
     */
    CommandGrammar(Collection<String> modelIds, Collection<String> systemIds, Map<String, String> parameterFields) {
        this.modelIds = List.copyOf(modelIds);
        this.systemIds = List.copyOf(systemIds);
        this.parameterFields = Map.copyOf(parameterFields);
        for (Map.Entry<String, String> parameter : parameterFields.entrySet()) {
            otherParameters.put(parameter.getKey().toLowerCase(Locale.ROOT), parameter.getKey());
            keyOfField.merge(parameter.getValue(), parameter.getKey(), CommandGrammar::shorter);
        }
        KEYS.forEach((key, name) -> {
            String field = parameterFields.get(name);
            if (field != null) {
                keyOfField.merge(field, key, CommandGrammar::shorter);
            }
        });
    }

    /** Of two names for one field, the one to show: the shorter (context over contextTokens), then the first. */
    private static String shorter(String one, String other) {
        return other.length() < one.length() ? other : one;
    }

    private static Map<String, String> defaultWorkload() {
        Map<String, String> workload = new LinkedHashMap<>();
        workload.put("users", "64");
        workload.put("input", "2000");
        workload.put("output", "500");
        return Collections.unmodifiableMap(workload);
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("model", "model");
        keys.put("system", "system");
        keys.put("users", "users");
        keys.put("context", "context");
        keys.put("input", "input");
        keys.put("output", "output");
        keys.put("precision", "weights");
        keys.put("weights", "weights");
        keys.put("kvcache", "kvCache");
        keys.put("price", "price");
        keys.put("utilization", "utilization");
        keys.put("racks", "racks");
        keys.put("tps", "tokensPerSecond");
        keys.put("preset", "preset");
        return Map.copyOf(keys);
    }

    List<String> modelIds() {
        return modelIds;
    }

    List<String> systemIds() {
        return systemIds;
    }

    Command parse(String text) {
        if (text == null || text.isBlank()) {
            return new Command.Help();
        }
        if (text.length() > MAX_TEXT_CHARS) {
            return new Command.Rejected(List.of("That is " + text.length() + " characters; a command needs far "
                    + "fewer (at most " + MAX_TEXT_CHARS + "): a model, a system and a few key=value pairs."));
        }
        Reading reading = new Reading();
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
                reading.inChannel = true;
            } else if (lower.equals("on")) {
                reading.systemNext = true;
            } else if (word.indexOf('=') < 0) {
                reading.positional(word);
            } else {
                keyValue(word, reading);
            }
        }
        return reading.result();
    }

    /** Undoes what chat clients do to typed text: smart quotes, long dashes, odd spaces, HTML escapes. */
    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        plain = INVISIBLE.matcher(plain).replaceAll(" ");
        plain = DASHES.matcher(plain).replaceAll("-");
        return QUOTES.matcher(plain).replaceAll("");
    }

    private void keyValue(String word, Reading reading) {
        int equals = word.indexOf('=');
        // Looked up in lower case, echoed as typed: "electricityUsdPerKwh", not "electricityusdperkwh".
        String typed = word.substring(0, equals);
        String typedKey = typed.toLowerCase(Locale.ROOT);
        String value = word.substring(equals + 1);
        if (typedKey.isEmpty()) {
            reading.problem("`" + echo(word) + "` has no key before the =; write it like users=64.");
            return;
        }
        if (value.isEmpty()) {
            reading.problem("`" + echo(typed) + "=` has no value; write it like " + example(typed) + ".");
            return;
        }
        if (value.length() > MAX_VALUE_CHARS) {
            reading.problem("The value of `" + echo(typed) + "` is " + value.length() + " characters long; "
                    + "values have at most " + MAX_VALUE_CHARS + ".");
            return;
        }
        String name = KEYS.getOrDefault(typedKey, otherParameters.get(typedKey));
        if (name == null) {
            Set<String> known = new TreeSet<>(KEYS.keySet());
            known.addAll(parameterFields.keySet());
            String close = Suggestions.didYouMean(typedKey, known);
            reading.problem("`" + echo(typed) + "` is not a key I know." + (close.isEmpty()
                    ? " Type `/tokenomics help` for the keys." : close));
            return;
        }
        if (name.equals("model") || name.equals("system")) {
            reading.named(name, typed, value);
            return;
        }
        String field = parameterFields.get(name);
        String earlier = reading.keyForField.putIfAbsent(field, typed);
        if (earlier != null) {
            reading.problem(earlier.equalsIgnoreCase(typed) ? "`" + echo(typed) + "` is given twice; give it once."
                    : "`" + echo(earlier) + "` and `" + echo(typed) + "` set the same thing; give one of them.");
            return;
        }
        String parsed = value(name, typed, value, reading);
        if (parsed != null) {
            reading.parameters.put(name, parsed);
            reading.typedKeys.put(name, typed);
        }
    }

    /** The value as the API reads it, or null after reporting why it cannot be. */
    private static String value(String name, String typed, String value, Reading reading) {
        if (TEXT_PARAMETERS.contains(name)) {
            return value.toLowerCase(Locale.ROOT);
        }
        String number = value;
        if (name.equals("price")) {
            number = number.replaceFirst("(?i)/m(tok|tokens)?$", "");
        }
        BigDecimal parsed = number(number);
        if (parsed == null && name.equals("users") && value.equalsIgnoreCase("max")) {
            return "max";
        }
        if (parsed == null) {
            if (NUMERIC_PARAMETERS.contains(name)) {
                reading.problem("`" + echo(typed + "=" + value) + "`: write a number, like " + example(typed)
                        + ".");
                return null;
            }
            // Text parameters of the API (modelName, capexBasis, fillRacks …) go as typed; the API checks them.
            return value;
        }
        if (name.equals("utilization") && !value.endsWith("%") && parsed.compareTo(BigDecimal.ONE) > 0) {
            reading.problem("`" + echo(typed + "=" + value) + "` reads as " + parsed.toPlainString()
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
    private static String example(String typed) {
        String value = switch (typed.toLowerCase(Locale.ROOT)) {
            case "users" -> "64";
            case "context", "input" -> "8k";
            case "output" -> "1k";
            case "price" -> "$0.90";
            case "utilization" -> "60%";
            case "racks" -> "2";
            case "tps" -> "50k";
            case "precision", "weights", "kvcache" -> "fp8";
            default -> "…";
        };
        return echo(typed) + "=" + value;
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

    /** The state of one reading: what was found so far and what is wrong with it. */
    private final class Reading {
        final Map<String, String> parameters = new LinkedHashMap<>();
        final Map<String, String> typedKeys = new HashMap<>();
        final Map<String, String> keyForField = new HashMap<>();
        final Set<String> problems = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();
        String modelWord;
        String systemWord;
        boolean systemNext;
        boolean inChannel;

        void positional(String word) {
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

        void named(String name, String typedKey, String value) {
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

        void problem(String problem) {
            problems.add(problem);
        }

        Command result() {
            String model = modelWord == null ? null : resolve(modelWord, "model", modelIds, systemIds);
            String system = systemWord == null ? null : resolve(systemWord, "system", systemIds, modelIds);
            if (modelWord == null) {
                problem("Name a model first, e.g. `/tokenomics llama-3.1-70b on h200 users=64`.");
            } else if (systemWord == null) {
                problem("Name a system after the model, e.g. `/tokenomics " + echo(modelWord) + " on h200-hgx`.");
            }
            if (problems.size() > MAX_PROBLEMS) {
                List<String> shown = new ArrayList<>(new ArrayList<>(problems).subList(0, MAX_PROBLEMS));
                shown.add("… and " + (problems.size() - MAX_PROBLEMS) + " more.");
                return new Command.Rejected(shown);
            }
            if (!problems.isEmpty()) {
                return new Command.Rejected(new ArrayList<>(problems));
            }
            Map<String, String> ordered = new LinkedHashMap<>();
            ordered.put("model", model);
            ordered.put("system", system);
            ordered.putAll(parameters);
            if (parameters.keySet().stream().map(parameterFields::get).noneMatch(WORKLOAD_SIZE::contains)) {
                ordered.putAll(DEFAULT_WORKLOAD);
                notes.add(DEFAULT_WORKLOAD_NOTE);
            }
            typedKeys.putIfAbsent("model", "model");
            typedKeys.putIfAbsent("system", "system");
            return new Command.Evaluate(ordered, typedKeys, inChannel, notes);
        }

        /** The catalog id the word stands for, or null after reporting why there is none. */
        private String resolve(String word, String kind, List<String> ids, List<String> otherIds) {
            String wanted = word.toLowerCase(Locale.ROOT);
            if (ids.contains(wanted)) {
                return wanted;
            }
            List<String> starting = ids.stream().filter(id -> id.startsWith(wanted)).toList();
            List<String> candidates = starting.isEmpty() && wanted.length() >= MIN_PARTIAL_ID_CHARS
                    ? ids.stream().filter(id -> id.contains(wanted)).toList() : starting;
            if (candidates.size() == 1) {
                notes.add("Read `" + echo(word) + "` as `" + candidates.get(0) + "`.");
                return candidates.get(0);
            }
            if (candidates.size() > 1) {
                problem("`" + echo(word) + "` could be " + String.join(", ", candidates.subList(0,
                        Math.min(candidates.size(), MAX_CANDIDATES))) + (candidates.size() > MAX_CANDIDATES
                        ? " …" : "") + ": which " + kind + "?");
                return null;
            }
            boolean other = otherIds.contains(wanted) || otherIds.stream().filter(id -> id.startsWith(wanted))
                    .count() == 1;
            String otherKind = kind.equals("model") ? "system" : "model";
            String close = Suggestions.didYouMean(wanted, ids);
            problem("I don't know the " + kind + " `" + echo(word) + "`." + (other ? " It looks like a " + otherKind
                    + ": the model comes first, then the system, e.g. `/tokenomics llama-3.1-70b on h200`."
                    : close.isEmpty() ? " Type `/tokenomics help` for the " + kind + "s I know." : close));
            return null;
        }
    }
}
