package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.application.assistant.Dialogue.Item;
import org.tdah.assistant.application.assistant.Dialogue.LastAction;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;

/** What every implementation of {@link Dialogues} must do: every dialogue comes back as it was saved. */
public abstract class DialoguesContract {
    private static final ZonedDateTime IN_PARIS = ZonedDateTime.of(2026, 12, 1, 16, 0, 0, 0, ZoneId.of("Europe/Paris"));

    private Dialogues dialogues;
    private AccountId person;

    protected abstract Dialogues newDialogues();

    /** A person with a dialogue; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpDialogues() {
        dialogues = newDialogues();
        person = anAccount();
    }

    private void assertRoundTrip(Dialogue dialogue) {
        dialogues.save(person, dialogue);

        assertThat(dialogues.of(person)).contains(dialogue);
    }

    @Test
    void a_person_who_never_talked_has_no_dialogue() {
        assertThat(dialogues.of(person)).isEmpty();
    }

    @Test
    void an_empty_dialogue_comes_back_empty() {
        assertRoundTrip(Dialogue.EMPTY);
    }

    @Test
    void a_question_for_a_time_comes_back_with_its_text() {
        assertRoundTrip(Dialogue.EMPTY.asking(new Intent.NeedsTime("appeler « Léa » 📞")));
    }

    @Test
    void a_question_for_the_text_of_a_one_off_reminder_keeps_its_time_and_zone() {
        Dialogue dialogue = Dialogue.EMPTY.asking(new Intent.NeedsText(new Intent.RemindOnce("", IN_PARIS)));

        assertRoundTrip(dialogue);
        Intent.NeedsText read = (Intent.NeedsText) dialogues.of(person).orElseThrow().pending().orElseThrow();
        assertThat(((Intent.RemindOnce) read.draft()).at().getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void a_question_for_the_text_of_a_recurring_reminder_keeps_its_rule_time_and_first_date() {
        assertRoundTrip(Dialogue.EMPTY.asking(new Intent.NeedsText(new Intent.RemindRecurring("",
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", LocalTime.of(7, 45), LocalDate.of(2026, 12, 7)))));
    }

    @Test
    void the_item_last_shown_comes_back_task_or_reminder() {
        assertRoundTrip(Dialogue.EMPTY.showing(new Item.OfTask(new TaskId("task-1"))));
        assertRoundTrip(Dialogue.EMPTY.showing(new Item.OfReminder(new ReminderId("reminder-1"))));
    }

    @Test
    void what_undo_takes_back_comes_back_for_every_kind_of_action() {
        assertRoundTrip(Dialogue.EMPTY.after(new LastAction.Created(
                List.of(new TaskId("task-1"), new TaskId("task-2")), List.of(new ReminderId("reminder-1")))));
        assertRoundTrip(Dialogue.EMPTY.after(new LastAction.Created(List.of(), List.of())));
        assertRoundTrip(Dialogue.EMPTY.after(new LastAction.Completed(new Item.OfTask(new TaskId("task-3")))));
        assertRoundTrip(Dialogue.EMPTY.after(new LastAction.Completed(new Item.OfReminder(new ReminderId("r-2")))));
        assertRoundTrip(Dialogue.EMPTY.after(new LastAction.Cancelled(new Item.OfTask(new TaskId("task-4")))));
        assertRoundTrip(Dialogue.EMPTY.after(new LastAction.Cancelled(new Item.OfReminder(new ReminderId("r-3")))));
    }

    @Test
    void a_dialogue_with_every_part_comes_back_whole_and_a_save_replaces_the_one_before() {
        assertRoundTrip(new Dialogue(Optional.of(new Intent.NeedsTime("la chose")),
                Optional.of(new Item.OfReminder(new ReminderId("reminder-9"))),
                Optional.of(new LastAction.Completed(new Item.OfTask(new TaskId("task-9"))))));

        assertRoundTrip(Dialogue.EMPTY.showing(new Item.OfTask(new TaskId("task-10"))));
    }

    @Test
    void one_person_s_dialogue_is_not_another_s() {
        AccountId other = anAccount();
        Dialogue mine = Dialogue.EMPTY.asking(new Intent.NeedsTime("mine"));
        Dialogue theirs = Dialogue.EMPTY.asking(new Intent.NeedsTime("theirs"));

        dialogues.save(person, mine);
        dialogues.save(other, theirs);

        assertThat(dialogues.of(person)).contains(mine);
        assertThat(dialogues.of(other)).contains(theirs);
    }
}
