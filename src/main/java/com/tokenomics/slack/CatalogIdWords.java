package com.tokenomics.slack;

import com.tokenomics.scenario.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The catalog ids of one kind (models or systems) and the words a command may use for them: the id in any case, else
 * the first whole parts of exactly one id (h200 for h200-hgx), else whole parts inside exactly one (scout for
 * llama-4-scout). A word that fits several ids, or none, is a problem to report rather than a guess.
 */
final class CatalogIdWords {

    private static final int MAX_CANDIDATES = 5;
    private static final int MIN_PARTIAL_ID_CHARS = 2;
    /** What separates the parts of an id: llama-4-scout. */
    private static final String PART = "-";

    private final String kind;
    private final List<String> ids;
    /** The other kind's ids, to tell a user who gave a system where the model goes. */
    private final String otherKind;
    private final List<String> otherIds;

    CatalogIdWords(String kind, Collection<String> ids, String otherKind, Collection<String> otherIds) {
        this.kind = kind;
        this.ids = List.copyOf(ids);
        this.otherKind = otherKind;
        this.otherIds = List.copyOf(otherIds);
    }

    List<String> ids() {
        return ids;
    }

    /**
     * The id the word stands for, adding a note when the word was not the id itself; else null, after adding why
     * there is none to the problems.
     */
    String idFor(String word, List<String> notes, Collection<String> problems) {
        String wanted = word.toLowerCase(Locale.ROOT);
        if (ids.contains(wanted)) {
            return wanted;
        }
        // Whole parts only: h20 (a chip of its own, not in the catalog) is not h200-hgx, whose first part is h200.
        List<String> starting = ids.stream().filter(id -> id.startsWith(wanted + PART)).toList();
        List<String> candidates = starting.isEmpty() && wanted.length() >= MIN_PARTIAL_ID_CHARS
                ? ids.stream().filter(id -> id.endsWith(PART + wanted) || id.contains(PART + wanted + PART)).toList()
                : starting;
        if (candidates.size() == 1) {
            notes.add("Read `" + CommandGrammar.echo(word) + "` as `" + candidates.get(0) + "`.");
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            problems.add("`" + CommandGrammar.echo(word) + "` could be " + String.join(", ", candidates.subList(0,
                    Math.min(candidates.size(), MAX_CANDIDATES))) + (candidates.size() > MAX_CANDIDATES ? " …" : "")
                    + ": which " + kind + "?");
            return null;
        }
        boolean other = otherIds.contains(wanted) || otherIds.stream().filter(id -> id.startsWith(wanted))
                .count() == 1;
        String close = Suggestions.didYouMean(wanted, ids);
        problems.add("I don't know the " + kind + " `" + CommandGrammar.echo(word) + "`." + (other ? " It looks like a "
                + otherKind + ": the model comes first, then the system, e.g. `/tokenomics llama-3.1-70b on h200`."
                : close.isEmpty() ? " Type `/tokenomics help` for the " + kind + "s I know." : close));
        return null;
    }
}
