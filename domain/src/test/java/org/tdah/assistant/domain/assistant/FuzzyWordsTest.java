package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyWordsTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"remind, remind, 0", "rmeind, remind, 1", "remnid, remind, 1", "tomorow, tomorrow, 1",
            "tommorrow, tomorrow, 1", "mintues, minutes, 1", "demian, demain, 1", "snoze, snooze, 1",
            "tmorrow, tomorrow, 1", "tomorrw, tomorrow, 1", "abc, xyz, 3"})
    void the_distance_counts_insertions_deletions_substitutions_and_swaps(String a, String b, int distance) {
        assertThat(FuzzyWords.distance(a, b)).isEqualTo(distance);
    }

    @Test
    void short_words_match_exactly_and_long_ones_allow_more() {
        assertThat(FuzzyWords.matches("ad", "add", Set.of())).isFalse();
        assertThat(FuzzyWords.matches("tdy", "today", Set.of())).isFalse();
        assertThat(FuzzyWords.matches("rmeind", "remind", Set.of())).isTrue();
        assertThat(FuzzyWords.matches("rmeindd", "remind", Set.of())).isFalse();
        assertThat(FuzzyWords.matches("tomorow", "tomorrow", Set.of())).isTrue();
        assertThat(FuzzyWords.matches("tmorow", "tomorrow", Set.of())).isTrue();
        assertThat(FuzzyWords.matches("tmrow", "tomorrow", Set.of())).isFalse();
    }

    @Test
    void real_words_and_numbers_are_never_read_as_a_neighbouring_keyword() {
        assertThat(FuzzyWords.matches("soon", "noon", Set.of("soon"))).isFalse();
        assertThat(FuzzyWords.matches("2020", "2021", Set.of())).isFalse();
    }

    @Test
    void text_is_compared_without_case_accents_or_curly_apostrophes() {
        assertThat(FuzzyWords.normalize("Rappelle-Moi À 18H d’Écrire à Lœtitia")).isEqualTo(
                "rappelle-moi a 18h d'ecrire a loetitia");
    }

    @Test
    void the_words_of_a_task_keep_their_original_case_and_accents() {
        Words words = Words.of("Rappelle-moi d’appeler Éloïse à 18h");

        assertThat(words.list()).containsExactly("rappelle", "moi", "d", "appeler", "eloise", "a", "18h");
        assertThat(words.textWithout(Set.of(0, 1, 2, 5, 6))).isEqualTo("appeler Éloïse");
    }
}
