package org.tdah.assistant.domain.assistant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * How typed words are compared with the keyword vocabulary: lower case, without accents, and with
 * a small typo allowed (Damerau-Levenshtein distance at most 1 for keywords of 4 letters or more,
 * at most 2 from 8 letters). Short words, numbers and words that are themselves real words of the
 * vocabulary ("soon" is not "noon") must match exactly. Never used on the person's task text.
 */
final class FuzzyWords {
    private FuzzyWords() {
    }

    /** Lower case, accents and ligatures removed, typographic apostrophes made plain. */
    static String normalize(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            plain.append(normalize(text.charAt(i)));
        }
        return plain.toString();
    }

    /** One character as {@link #normalize(String)} writes it: zero, one or two characters. */
    static String normalize(char c) {
        if (c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        switch (c) {
            case '\u2019', '\u2018', '\u00b4', '\u02bc' -> {
                return "'";
            }
            case '\u0153', '\u0152' -> {
                return "oe";
            }
            case '\u00e6', '\u00c6' -> {
                return "ae";
            }
            default -> {
                StringBuilder plain = new StringBuilder(2);
                for (char part : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                    if (Character.getType(part) != Character.NON_SPACING_MARK) {
                        plain.append(part);
                    }
                }
                return plain.toString().toLowerCase(Locale.ROOT);
            }
        }
    }

    /** Whether a typed (normalized) word stands for the keyword. */
    static boolean matches(String typed, String keyword, Set<String> exactWords) {
        if (typed.equals(keyword)) {
            return true;
        }
        if (keyword.length() < 4 || typed.length() < 4 || exactWords.contains(typed) || hasDigit(typed)) {
            return false;
        }
        int allowed = allowedTypos(keyword);
        return Math.abs(typed.length() - keyword.length()) <= allowed && distance(typed, keyword) <= allowed;
    }

    /** How many typos a keyword of 4 letters or more tolerates: 1, or 2 from 8 letters. */
    static int allowedTypos(String keyword) {
        return keyword.length() >= 8 ? 2 : 1;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
