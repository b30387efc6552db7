package org.tdah.assistant.domain.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A message cut into words: each word normalized for comparison ({@link FuzzyWords#normalize}) and
 * located in the original text, so that the words the person typed for a task are given back as
 * typed. Letters and digits make words; ':' and '.' between digits stay inside ("20:00", "7.30"),
 * a leading '#' before a digit too ("#2"); apostrophes and hyphens separate ("d'appeler",
 * "rappelle-moi").
 */
final class Words {
    record Word(String text, int start, int end) {
    }

    private final String original;
    private final List<Word> words;
    private final Map<Vocabulary, List<String>> readings = new HashMap<>(4);

    private Words(String original, List<Word> words) {
        this.original = original;
        this.words = List.copyOf(words);
    }

    static Words of(String text) {
        String normalized = FuzzyWords.normalize(text).replace("a.m.", "am..").replace("p.m.", "pm..");
        List<Word> found = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean inside = i < normalized.length() && isWordChar(normalized, i, start >= 0);
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                found.add(new Word(normalized.substring(start, i), start, i));
                start = -1;
            }
        }
        return new Words(text, remap(text, found));
    }

    private static boolean isWordChar(String s, int i, boolean inWord) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean digitsAround = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1));
        if ((c == ':' || c == '.') && inWord && digitsAround) {
            return true;
        }
        return c == '#' && !inWord && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
    }

    /** Finds each normalized word's span in the original text, one original character at a time. */
    private static List<Word> remap(String text, List<Word> normalizedWords) {
        int[] originalIndex = new int[text.length() * 4 + 8];
        StringBuilder rebuilt = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String piece = FuzzyWords.normalize(text.charAt(i));
            for (int k = 0; k < piece.length(); k++) {
                originalIndex[rebuilt.length()] = i;
                rebuilt.append(piece.charAt(k));
            }
        }
        originalIndex[rebuilt.length()] = text.length();
        List<Word> mapped = new ArrayList<>();
        for (Word word : normalizedWords) {
            int start = Math.min(word.start(), rebuilt.length());
            int end = Math.min(word.end(), rebuilt.length());
            mapped.add(new Word(word.text(), originalIndex[start], end == 0 ? 0 : originalIndex[end - 1] + 1));
        }
        return mapped;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The normalized words, in order. */
    List<String> list() {
        return words.stream().map(Word::text).toList();
    }

    /** The words as a vocabulary reads them, computed once per message and vocabulary. */
    List<String> readBy(Vocabulary vocabulary, Supplier<List<String>> reading) {
        return readings.computeIfAbsent(vocabulary, v -> List.copyOf(reading.get()));
    }

    /** Where the given word starts in the original text. */
    int startOf(int index) {
        return words.get(index).start();
    }

    String original() {
        return original;
    }

    /** The original text after the given word. */
    String originalAfter(int index) {
        return original.substring(words.get(index).end());
    }

    /**
     * The person's text made of the words not in {@code used}: each run of kept words as typed
     * (with its inner punctuation), runs joined by a space, edges trimmed of punctuation.
     */
    String textWithout(Set<Integer> used) {
        StringBuilder text = new StringBuilder();
        int runStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean kept = i < words.size() && !used.contains(i);
            if (kept && runStart < 0) {
                runStart = i;
            } else if (!kept && runStart >= 0) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(original, words.get(runStart).start(), words.get(i - 1).end());
                runStart = -1;
            }
        }
        return text.toString().strip();
    }
}
