package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_15H;
import static org.tdah.assistant.domain.identity.Language.EN;
import static org.tdah.assistant.domain.identity.Language.FR;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tdah.assistant.domain.assistant.Intent.Cancel;
import org.tdah.assistant.domain.assistant.Intent.Done;
import org.tdah.assistant.domain.assistant.Intent.Help;
import org.tdah.assistant.domain.assistant.Intent.ListToday;
import org.tdah.assistant.domain.assistant.Intent.Next;
import org.tdah.assistant.domain.assistant.Intent.Snooze;
import org.tdah.assistant.domain.assistant.Intent.Undo;
import org.tdah.assistant.domain.identity.Language;

class CommandPhrasingsTest {

    static Stream<Arguments> commands() {
        return Stream.of(
                // list
                Arguments.of(EN, "today", new ListToday()),
                Arguments.of(EN, "Today?", new ListToday()),
                Arguments.of(EN, "list", new ListToday()),
                Arguments.of(EN, "my list", new ListToday()),
                Arguments.of(EN, "show my list please", new ListToday()),
                Arguments.of(EN, "what's today", new ListToday()),
                Arguments.of(EN, "what's the plan today", new ListToday()),
                Arguments.of(EN, "what do i have", new ListToday()),
                Arguments.of(EN, "hlep", new Help()),
                Arguments.of(EN, "dnoe", new Done(Optional.empty())),
                Arguments.of(EN, "tody", new ListToday()),
                Arguments.of(FR, "aujourd'hui", new ListToday()),
                Arguments.of(FR, "aujourd hui", new ListToday()),
                Arguments.of(FR, "Aujourdhui", new ListToday()),
                Arguments.of(FR, "liste", new ListToday()),
                Arguments.of(FR, "ma liste", new ListToday()),
                Arguments.of(FR, "mes tâches", new ListToday()),
                Arguments.of(FR, "qu'est-ce que j'ai aujourd'hui ?", new ListToday()),
                // next
                Arguments.of(EN, "next", new Next()),
                Arguments.of(EN, "Next!", new Next()),
                Arguments.of(EN, "what now", new Next()),
                Arguments.of(EN, "what now?", new Next()),
                Arguments.of(EN, "what's next", new Next()),
                Arguments.of(EN, "now what", new Next()),
                Arguments.of(EN, "what should i do", new Next()),
                Arguments.of(FR, "et maintenant", new Next()),
                Arguments.of(FR, "et maintenant ?", new Next()),
                Arguments.of(FR, "suivant", new Next()),
                Arguments.of(FR, "je fais quoi maintenant", new Next()),
                // done
                Arguments.of(EN, "done", new Done(Optional.empty())),
                Arguments.of(EN, "Done!", new Done(Optional.empty())),
                Arguments.of(EN, "ok done", new Done(Optional.empty())),
                Arguments.of(EN, "done 2", new Done(Optional.of(2))),
                Arguments.of(EN, "done #3", new Done(Optional.of(3))),
                Arguments.of(EN, "2 done", new Done(Optional.of(2))),
                Arguments.of(EN, "did it", new Done(Optional.empty())),
                Arguments.of(EN, "finished", new Done(Optional.empty())),
                Arguments.of(EN, "finsihed", new Done(Optional.empty())),
                Arguments.of(EN, "completed 4", new Done(Optional.of(4))),
                Arguments.of(EN, "done with 2", new Done(Optional.of(2))),
                Arguments.of(FR, "c'est bon", new Done(Optional.empty())),
                Arguments.of(FR, "quoi de prévu aujourd'hui", new ListToday()),
                Arguments.of(FR, "fait", new Done(Optional.empty())),
                Arguments.of(FR, "c'est fait", new Done(Optional.empty())),
                Arguments.of(FR, "cest fait", new Done(Optional.empty())),
                Arguments.of(FR, "C’est fait !", new Done(Optional.empty())),
                Arguments.of(FR, "ok c'est fait", new Done(Optional.empty())),
                Arguments.of(FR, "fait 2", new Done(Optional.of(2))),
                Arguments.of(FR, "fini", new Done(Optional.empty())),
                Arguments.of(FR, "terminé 3", new Done(Optional.of(3))),
                // snooze
                Arguments.of(EN, "snooze", new Snooze(Optional.empty(), SnoozeLength.TEN_MINUTES)),
                Arguments.of(EN, "Snooze.", new Snooze(Optional.empty(), SnoozeLength.TEN_MINUTES)),
                Arguments.of(EN, "snoze", new Snooze(Optional.empty(), SnoozeLength.TEN_MINUTES)),
                Arguments.of(EN, "snooze 10", new Snooze(Optional.empty(), minutes(10))),
                Arguments.of(EN, "snooze 30", new Snooze(Optional.empty(), minutes(30))),
                Arguments.of(EN, "snooze 30 min", new Snooze(Optional.empty(), minutes(30))),
                Arguments.of(EN, "snooze for 20 mintues", new Snooze(Optional.empty(), minutes(20))),
                Arguments.of(EN, "snooze 1h", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(EN, "snooze 2 hours", new Snooze(Optional.empty(), minutes(120))),
                Arguments.of(EN, "snooze #2", new Snooze(Optional.of(2), SnoozeLength.TEN_MINUTES)),
                Arguments.of(EN, "snooze 3 20", new Snooze(Optional.of(3), minutes(20))),
                Arguments.of(EN, "snooze 2 for 30 minutes", new Snooze(Optional.of(2), minutes(30))),
                Arguments.of(EN, "snooze tomorrow", new Snooze(Optional.empty(), SnoozeLength.TOMORROW)),
                Arguments.of(EN, "snooze until tomorrow", new Snooze(Optional.empty(), SnoozeLength.TOMORROW)),
                Arguments.of(EN, "tomorrow", new Snooze(Optional.empty(), SnoozeLength.TOMORROW)),
                Arguments.of(EN, "later", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(EN, "Later!", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(EN, "not now", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(EN, "snooze later", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(FR, "plus tard", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(FR, "plus tard 2h", new Snooze(Optional.empty(), new SnoozeLength.For(Duration.ofHours(2)))),
                Arguments.of(EN, "later 20 min", new Snooze(Optional.empty(),
                        new SnoozeLength.For(Duration.ofMinutes(20)))),
                Arguments.of(FR, "c'est quoi la suite", new Next()),
                Arguments.of(FR, "pas maintenant", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(FR, "demain", new Snooze(Optional.empty(), SnoozeLength.TOMORROW)),
                Arguments.of(FR, "demian", new Snooze(Optional.empty(), SnoozeLength.TOMORROW)),
                Arguments.of(FR, "reporte à demain", new Snooze(Optional.empty(), SnoozeLength.TOMORROW)),
                Arguments.of(FR, "reporte de 30 minutes", new Snooze(Optional.empty(), minutes(30))),
                Arguments.of(FR, "snooze 15", new Snooze(Optional.empty(), minutes(15))),
                Arguments.of(FR, "repousse 2 20", new Snooze(Optional.of(2), minutes(20))),
                // cancel and undo
                Arguments.of(EN, "cancel 2", new Cancel(Optional.of(2))),
                Arguments.of(EN, "cancel #2", new Cancel(Optional.of(2))),
                Arguments.of(EN, "delete 3", new Cancel(Optional.of(3))),
                Arguments.of(EN, "cancle 2", new Cancel(Optional.of(2))),
                Arguments.of(EN, "cancel the reminder", new Cancel(Optional.empty())),
                Arguments.of(EN, "cancel", new Undo()),
                Arguments.of(EN, "cancel that", new Undo()),
                Arguments.of(EN, "undo", new Undo()),
                Arguments.of(EN, "UNDO", new Undo()),
                Arguments.of(EN, "oops", new Undo()),
                Arguments.of(EN, "never mind", new Undo()),
                Arguments.of(FR, "annule 2", new Cancel(Optional.of(2))),
                Arguments.of(FR, "annule le 2", new Cancel(Optional.of(2))),
                Arguments.of(FR, "supprime 4", new Cancel(Optional.of(4))),
                Arguments.of(FR, "annule le rappel", new Cancel(Optional.empty())),
                Arguments.of(FR, "annule", new Undo()),
                Arguments.of(FR, "Annule !", new Undo()),
                Arguments.of(FR, "annuler", new Undo()),
                Arguments.of(FR, "annule ça", new Undo()),
                Arguments.of(FR, "laisse tomber", new Undo()),
                // help
                Arguments.of(EN, "help", new Help()),
                Arguments.of(EN, "HELP", new Help()),
                Arguments.of(EN, "?", new Help()),
                Arguments.of(EN, "what can you do?", new Help()),
                Arguments.of(FR, "aide", new Help()),
                Arguments.of(FR, "aide moi", new Help()),
                Arguments.of(FR, "?", new Help()),
                Arguments.of(FR, "comment ça marche ?", new Help()));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("commands")
    void a_command_is_understood_whole(Language language, String message, Intent expected) {
        assertThat(Phrasings.understand(language, message, PARIS_WEDNESDAY_15H)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0} read as {1}] {2}")
    @MethodSource("inTheOtherLanguage")
    void a_command_in_the_other_language_is_understood_too(Language usual, String message, Intent expected) {
        assertThat(Phrasings.understand(usual, message, PARIS_WEDNESDAY_15H)).isEqualTo(expected);
    }

    static Stream<Arguments> inTheOtherLanguage() {
        return Stream.of(
                Arguments.of(EN, "c'est fait", new Done(Optional.empty())),
                Arguments.of(EN, "et maintenant", new Next()),
                Arguments.of(EN, "aujourd'hui", new ListToday()),
                Arguments.of(EN, "plus tard", new Snooze(Optional.empty(), SnoozeLength.ONE_HOUR)),
                Arguments.of(FR, "done 2", new Done(Optional.of(2))),
                Arguments.of(FR, "what now", new Next()),
                Arguments.of(FR, "snooze 10", new Snooze(Optional.empty(), minutes(10))),
                Arguments.of(FR, "help", new Help()));
    }

    private static SnoozeLength minutes(int minutes) {
        return new SnoozeLength.For(Duration.ofMinutes(minutes));
    }
}
