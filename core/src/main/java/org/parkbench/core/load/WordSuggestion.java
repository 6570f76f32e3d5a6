package org.parkbench.core.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the allowed word closest to a mistyped one, for "did you mean …?" messages. Case,
 * underscores and spaces are ignored ({@code Private_Led} is {@code private-led}); beyond that the
 * edit distance must be small compared with the word, or one must contain the other.
 */
final class WordSuggestion {
    private WordSuggestion() {
    }

    static Optional<String> closest(String given, Collection<String> candidates) {
        String g = normalise(given);
        if (g.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(g, normalise(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String b = normalise(best);
        boolean close = bestDistance <= Math.max(1, Math.min(g.length(), b.length()) / 4);
        boolean contained = g.length() >= 3 && (b.contains(g) || g.contains(b));
        return close || contained ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"}, or nothing when no word is close. */
    static String didYouMean(String given, Collection<String> candidates) {
        return closest(given, candidates).map(w -> "; did you mean '" + w + "'?").orElse("");
    }

    private static String normalise(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
