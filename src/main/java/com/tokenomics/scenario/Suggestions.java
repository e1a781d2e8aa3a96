package com.tokenomics.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Close matches for a mistyped name, by edit distance, so that errors can say "did you mean …". */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    static List<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, wanted.length() / 3);
        return known.stream()
                .filter(name -> distance(wanted, name.toLowerCase(Locale.ROOT)) <= tolerance
                        || name.toLowerCase(Locale.ROOT).contains(wanted) && wanted.length() >= 3)
                .sorted(Comparator.comparingInt(name -> distance(wanted, name.toLowerCase(Locale.ROOT))))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    public static String didYouMean(String typed, Collection<String> known) {
        List<String> close = closest(typed, known);
        return close.isEmpty() ? "" : " Did you mean " + String.join(" or ", close) + "?";
    }

    /** Levenshtein distance, capped in input length so that a long typo costs nothing. */
    static int distance(String a, String b) {
        String left = a.length() > 64 ? a.substring(0, 64) : a;
        String right = b.length() > 64 ? b.substring(0, 64) : b;
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }

    private Suggestions() {
    }
}
