package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_15H;
import static org.tdah.assistant.domain.identity.Language.EN;
import static org.tdah.assistant.domain.identity.Language.FR;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.identity.Language;

class CapturePhrasingsTest {

    static Stream<Arguments> explicit() {
        return Stream.of(
                Arguments.of(EN, "todo call mom", List.of("call mom")),
                Arguments.of(EN, "TODO: Call Mom", List.of("Call Mom")),
                Arguments.of(EN, "to do call mom", List.of("call mom")),
                Arguments.of(EN, "to-do: call mom", List.of("call mom")),
                Arguments.of(EN, "add buy milk", List.of("buy milk")),
                Arguments.of(EN, "add buy milk to my list", List.of("buy milk")),
                Arguments.of(EN, "todo: milk, bread, stamps", List.of("milk", "bread", "stamps")),
                Arguments.of(EN, "todo milk; bread; stamps", List.of("milk", "bread", "stamps")),
                Arguments.of(EN, "todo:\n- milk\n- bread\n- stamps", List.of("milk", "bread", "stamps")),
                Arguments.of(EN, "todo call mom tomorrow", List.of("call mom tomorrow")),
                Arguments.of(EN, "task renew passport", List.of("renew passport")),
                Arguments.of(EN, "note to self: book the dentist", List.of("book the dentist")),
                Arguments.of(EN, "tood call mom", List.of("call mom")),
                Arguments.of(FR, "ajoute acheter du pain", List.of("acheter du pain")),
                Arguments.of(FR, "Ajoute : acheter du pain, du lait", List.of("acheter du pain", "du lait")),
                Arguments.of(FR, "ajoute appeler la banque à ma liste", List.of("appeler la banque")),
                Arguments.of(FR, "ajouter rendre les livres", List.of("rendre les livres")),
                Arguments.of(FR, "à faire : lait, pain, œufs", List.of("lait", "pain", "œufs")),
                Arguments.of(FR, "a faire lait, pain", List.of("lait", "pain")),
                Arguments.of(FR, "tâche : renouveler le passeport", List.of("renouveler le passeport")),
                Arguments.of(FR, "note appeler la banque", List.of("appeler la banque")),
                Arguments.of(FR, "ajuote acheter des piles", List.of("acheter des piles")));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("explicit")
    void an_explicit_capture_keeps_each_title_as_typed(Language language, String message, List<String> titles) {
        assertThat(Phrasings.understand(language, message, PARIS_WEDNESDAY_15H)).isEqualTo(new Capture(titles, false));
    }

    static Stream<Arguments> implicit() {
        return Stream.of(
                Arguments.of(EN, "call the plumber about the sink", List.of("call the plumber about the sink")),
                Arguments.of(EN, "Buy Milk, Eggs", List.of("Buy Milk, Eggs")),
                Arguments.of(EN, "read chapter 4", List.of("read chapter 4")),
                Arguments.of(EN, "buy 2 hours of parking", List.of("buy 2 hours of parking")),
                Arguments.of(EN, "milk\nbread\nstamps", List.of("milk", "bread", "stamps")),
                Arguments.of(EN, "the thing", List.of("the thing")),
                Arguments.of(FR, "acheter des ampoules", List.of("acheter des ampoules")),
                Arguments.of(FR, "Répondre à Inès", List.of("Répondre à Inès")),
                Arguments.of(FR, "lait\npain\nbeurre", List.of("lait", "pain", "beurre")),
                Arguments.of(FR, "réserver pour 2 personnes", List.of("réserver pour 2 personnes")));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("implicit")
    void a_message_that_matches_nothing_is_kept_as_a_task_marked_implicit(Language language, String message,
            List<String> titles) {
        assertThat(Phrasings.understand(language, message, PARIS_WEDNESDAY_15H)).isEqualTo(new Capture(titles, true));
    }
}
