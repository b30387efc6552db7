package org.tdah.assistant.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.dialogue.AnswerMessage;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.InMemoryCore;

/**
 * The assistant's dialogue on the in-memory adapters: what a person texts becomes tasks and
 * reminders of their own, the replies say so briefly, and the next message answers a question.
 */
class AssistantDialogueTest {
    private static final PhoneNumber PHONE = PhoneNumber.parse("+14155550123");

    private final InMemoryCore fixture = new InMemoryCore();
    private final AssistantContextCore core = fixture.core.assistant();
    private final AccountId sam = person("sam", "America/New_York", Language.EN);
    private final AccountId camille = person("camille", "Europe/Paris", Language.FR);

    private AccountId person(String name, String zone, Language language) {
        AccountId id = new AccountId("account-" + name);
        fixture.accounts.add(Account.register(id, EmailAddress.parse(name + "@example.org"), DisplayName.parse(name),
                new PasswordHash("hash"), Instant.parse("2026-11-26T09:00:00Z"))
                .withProfile(DisplayName.parse(name), new Timezone(zone), language));
        return id;
    }

    private String say(AccountId who, String text) {
        Optional<AnswerMessage.Reply> reply = core.answerMessage().answer(who, text);
        assertThat(reply).isPresent();
        return reply.get().text();
    }

    private List<Task> tasksOf(AccountId who) {
        return fixture.tasks.ofOwner(who, Optional.empty(), Optional.empty(), 100);
    }

    private List<Reminder> remindersOf(AccountId who) {
        return fixture.reminders.ofOwner(who, Optional.empty(), 100);
    }

    @Test
    void a_capture_becomes_a_numbered_task_and_undo_removes_it() {
        assertThat(say(sam, "todo call mom")).isEqualTo("Got it: call mom (#1). Reply 'undo' to remove it.");
        assertThat(tasksOf(sam)).extracting(task -> task.title().value()).containsExactly("call mom");
        assertThat(fixture.assistantEvents.recorded()).hasSize(1).allMatch(event -> event.startsWith("task.changed"));

        assertThat(say(sam, "undo")).isEqualTo("Undone: removed call mom.");
        assertThat(tasksOf(sam)).isEmpty();
        assertThat(say(sam, "undo")).isEqualTo("Nothing to undo.");
    }

    @Test
    void several_tasks_at_once_get_one_number_each() {
        String reply = say(sam, "todo: milk, bread, stamps");
        assertThat(reply).startsWith("Added 3 tasks: #1 milk, #2 bread, #3 stamps.");
        assertThat(tasksOf(sam)).extracting(task -> task.number().value()).containsExactly(1, 2, 3);
    }

    @Test
    void a_reminder_is_echoed_with_its_local_time_and_number_within_one_sms_segment() {
        fixture.clock.advance(Duration.ofHours(4)); // 08:00 in New York
        String reply = say(sam, "remind me to call the pharmacy at 4");
        assertThat(reply).isEqualTo("Reminder 1: call the pharmacy, today 4:00 PM. Reply 'done 1' or 'undo'.");
        assertThat(reply.length()).isLessThanOrEqualTo(160);
        Reminder reminder = remindersOf(sam).get(0);
        assertThat(reminder.dueAt()).contains(Instant.parse("2026-11-26T21:00:00Z"));
        assertThat(reminder.firing()).isPresent();
    }

    @Test
    void a_reminder_without_a_time_asks_one_question_and_the_next_message_answers_it() {
        fixture.clock.advance(Duration.ofHours(4));
        assertThat(say(sam, "remind me about the thing")).startsWith("When should I remind you?");
        assertThat(remindersOf(sam)).isEmpty();

        assertThat(say(sam, "4pm")).startsWith("Reminder 1: the thing, today 4:00 PM.");
        assertThat(remindersOf(sam)).hasSize(1);
    }

    @Test
    void done_stops_a_reminder_and_snooze_moves_it_kindly() {
        fixture.clock.advance(Duration.ofHours(4));
        say(sam, "remind me to take my meds in 20 min");
        assertThat(say(sam, "snooze #1")).isEqualTo("No worries, moved to today 8:10 AM.");
        assertThat(remindersOf(sam).get(0).status()).isEqualTo(ReminderStatus.SNOOZED);

        assertThat(say(sam, "done 1")).isEqualTo("Done: take my meds. Nice work!");
        Reminder done = remindersOf(sam).get(0);
        assertThat(done.status()).isEqualTo(ReminderStatus.DONE);
        assertThat(done.firing()).isEmpty();
        assertThat(say(sam, "undo")).isEqualTo("Undone: take my meds is open again.");
        assertThat(remindersOf(sam).get(0).status().active()).isTrue();
    }

    @Test
    void a_number_that_names_nothing_of_the_person_is_said_so_and_changes_nothing() {
        say(camille, "ajoute acheter du pain");
        assertThat(say(sam, "done 1")).isEqualTo("I have nothing numbered 1. Reply 'list' to see your numbers.");
        assertThat(tasksOf(camille).get(0).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void french_is_answered_in_french() {
        fixture.clock.advance(Duration.ofHours(4)); // 14:00 in Paris
        assertThat(say(camille, "rappelle-moi d'appeler maman à 18h"))
                .isEqualTo("Rappel 1 : appeler maman, aujourd'hui 18h00. Réponds « fait 1 » ou « annule ».");
        assertThat(say(camille, "c'est fait")).startsWith("Fait : appeler maman.");
    }

    @Test
    void the_list_and_next_show_today_briefly() {
        fixture.clock.advance(Duration.ofHours(4));
        say(sam, "add buy milk");
        say(sam, "remind me to call the pharmacy at 4pm");
        assertThat(say(sam, "list")).isEqualTo("Today:\n2) call the pharmacy, today 4:00 PM\n1) buy milk");
        assertThat(say(sam, "next")).isEqualTo("Next: buy milk (#1). Reply 'done 1' when it is done.");
        assertThat(say(sam, "done")).isEqualTo("Done: buy milk. Nice work!");
    }

    @Test
    void a_fired_reminder_is_texted_then_nags_until_done() {
        fixture.clock.advance(Duration.ofHours(4));
        fixture.phones.saveVerified(sam, PHONE, false, fixture.clock.instant());
        fixture.accounts.giveSmsConsent(sam, new SmsConsent(fixture.clock.instant(), SmsConsent.Source.PROFILE));
        say(sam, "remind me to stretch in 20 min");

        fixture.clock.advance(Duration.ofMinutes(20));
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).extracting(sms -> sms.body())
                .containsExactly("Reminder 1: stretch. Reply 'done 1' or 'snooze'.");
        assertThat(fixture.assistantEvents.recorded()).anyMatch(event -> event.startsWith("reminder.fired"));

        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).hasSize(1);

        fixture.clock.advance(Duration.ofMinutes(10));
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).hasSize(2);
        assertThat(fixture.textMessages.sent().get(1).body()).startsWith("Still on it? stretch (#1).");

        assertThat(say(sam, "did it")).startsWith("Done: stretch.");
        fixture.clock.advance(Duration.ofMinutes(30));
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).hasSize(2);
    }

    @Test
    void a_message_longer_than_a_task_is_kept_shortened_rather_than_refused() {
        String rambling = "so I really need to remember ".repeat(40).strip();
        assertThat(say(sam, rambling)).startsWith("Saved to your list:");
        String title = tasksOf(sam).get(0).title().value();
        assertThat(title.codePointCount(0, title.length())).isEqualTo(500);
        assertThat(title).endsWith("\u2026");
    }
}
