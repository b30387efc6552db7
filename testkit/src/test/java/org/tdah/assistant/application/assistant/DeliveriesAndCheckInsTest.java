package org.tdah.assistant.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.delivery.DeliverDueReminders;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.QuietHours;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.TimeOfDay;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.assistant.InMemoryReminderDeliveries;

/**
 * The delivery and check-in jobs on the in-memory adapters: a provider that is down delays a text
 * with backoff and then gives it up as a dead letter, an opted-out person is not texted, and a
 * check-in says a few of today's items, or nothing on a day with nothing to say.
 */
class DeliveriesAndCheckInsTest {
    private static final PhoneNumber PHONE = PhoneNumber.parse("+14155550123");

    private final InMemoryCore fixture = new InMemoryCore();
    private final AssistantContextCore core = fixture.core.assistant();
    private final AccountId sam = new AccountId("account-sam");

    @BeforeEach
    void aPersonWhoCanBeTexted() {
        fixture.accounts.add(Account.register(sam, EmailAddress.parse("sam@example.org"), DisplayName.parse("Sam"),
                new PasswordHash("hash"), fixture.clock.instant()).withEmailVerified()
                .withProfile(DisplayName.parse("Sam"), new Timezone("UTC"), Language.EN));
        fixture.phones.saveVerified(sam, PHONE, false, fixture.clock.instant());
        fixture.accounts.giveSmsConsent(sam, new SmsConsent(fixture.clock.instant(), SmsConsent.Source.PROFILE));
        choose(Optional.empty(), 0, List.of(ReminderChannel.SMS));
    }

    private void choose(Optional<TimeOfDay> checkIn, int maxNags, List<ReminderChannel> channels) {
        fixture.accountPreferences.replace(sam, new Preferences(Optional.empty(), 10, maxNags, checkIn, channels));
    }

    private Reminder remindIn(Duration in, String text) {
        core.answerMessage().answer(sam, "remind me to " + text + " in " + in.toMinutes() + " minutes");
        return fixture.reminders.ofOwner(sam, Optional.empty(), 100).stream()
                .filter(reminder -> reminder.text().value().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void a_text_the_provider_cannot_take_is_retried_with_backoff_then_given_up_as_a_dead_letter() {
        remindIn(Duration.ofMinutes(5), "stretch");
        fixture.clock.advance(Duration.ofMinutes(5));
        fixture.textMessages.setDown(true);

        assertThat(core.deliverDueReminders().deliverDue().retried()).isEqualTo(1);
        assertThat(core.deliverDueReminders().deliverDue().retried()).as("not before its backoff").isZero();
        for (int attempt = 2; attempt < DeliverDueReminders.Settings.DEFAULT.retry().maxAttempts(); attempt++) {
            fixture.clock.advance(Duration.ofMinutes(10));
            assertThat(core.deliverDueReminders().deliverDue().retried()).isEqualTo(1);
        }
        fixture.clock.advance(Duration.ofMinutes(10));
        assertThat(core.deliverDueReminders().deliverDue().deadLetters()).isEqualTo(1);
        assertThat(fixture.reminderDeliveries.entries()).extracting(InMemoryReminderDeliveries.Entry::state)
                .containsExactly(InMemoryReminderDeliveries.State.FAILED);
        assertThat(fixture.jobStatistics.queues(fixture.clock.instant()))
                .contains(new QueueCounts("reminders", 0, 0, 1));
        assertThat(fixture.jobStatistics.recentDeadLetters(10)).extracting(JobFailure::source, JobFailure::error)
                .containsExactly(tuple("reminders", "SMS provider unavailable"));

        fixture.textMessages.setDown(false);
        fixture.clock.advance(Duration.ofHours(1));
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).isEmpty();
    }

    @Test
    void a_text_that_fails_once_is_sent_on_the_retry_and_once_only() {
        remindIn(Duration.ofMinutes(5), "stretch");
        fixture.clock.advance(Duration.ofMinutes(5));
        fixture.textMessages.setDown(true);
        core.deliverDueReminders().deliverDue();
        fixture.textMessages.setDown(false);
        fixture.clock.advance(Duration.ofMinutes(1));

        core.deliverDueReminders().deliverDue();
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).hasSize(1);
    }

    @Test
    void a_person_who_withdrew_consent_is_not_texted_but_still_reached_on_the_web() {
        choose(Optional.empty(), 0, List.of(ReminderChannel.SMS, ReminderChannel.WEB));
        fixture.accounts.withdrawSmsConsent(sam);
        remindIn(Duration.ofMinutes(5), "stretch");
        fixture.clock.advance(Duration.ofMinutes(5));

        assertThat(core.deliverDueReminders().deliverDue().fired()).isEqualTo(1);
        assertThat(fixture.textMessages.sent()).isEmpty();
        assertThat(fixture.assistantEvents.recorded()).anyMatch(event -> event.startsWith("reminder.fired"));
    }

    @Test
    void a_reminder_held_by_quiet_hours_is_late_only_behind_their_end() {
        fixture.accountPreferences.replace(sam, new Preferences(Optional.of(new QuietHours(
                new TimeOfDay(LocalTime.of(9, 0)), new TimeOfDay(LocalTime.of(10, 0)))), 10, 0, Optional.empty(),
                List.of(ReminderChannel.SMS)));
        remindIn(Duration.ofMinutes(5), "water the plants");
        fixture.clock.advance(Duration.ofMinutes(5));
        assertThat(core.deliverDueReminders().deliverDue().deferred()).as("09:05 is quiet").isEqualTo(1);

        fixture.clock.advance(Duration.ofMinutes(57));
        DeliverDueReminders.Report report = core.deliverDueReminders().deliverDue();

        assertThat(fixture.textMessages.sent()).hasSize(1);
        assertThat(report.deliveries()).as("sent at 10:02, two minutes after the quiet hours, not 57 after 09:05")
                .containsExactly(new DeliverDueReminders.Delivery(false, Duration.ofMinutes(2)));
    }

    @Test
    void an_email_reminder_goes_through_the_outbox_once() {
        choose(Optional.empty(), 0, List.of(ReminderChannel.EMAIL));
        remindIn(Duration.ofMinutes(5), "stretch");
        fixture.clock.advance(Duration.ofMinutes(5));
        core.deliverDueReminders().deliverDue();
        core.deliverDueReminders().deliverDue();

        assertThat(fixture.emailsQueued()).filteredOn(email -> email.subject().equals("Reminder: stretch")).hasSize(1);
    }

    @Test
    void a_check_in_lists_today_with_three_highlighted_once_a_day() {
        choose(Optional.of(new TimeOfDay(LocalTime.of(9, 30))), 0, List.of(ReminderChannel.SMS));
        core.answerMessage().answer(sam, "todo: milk, bread, stamps, call mom, pay rent");

        assertThat(core.sendCheckIns().sendDue().sent()).as("before 09:30").isZero();
        fixture.clock.advance(Duration.ofMinutes(31));
        assertThat(core.sendCheckIns().sendDue().sent()).isEqualTo(1);
        assertThat(core.sendCheckIns().sendDue().sent()).as("once a day").isZero();

        String checkIn = fixture.textMessages.sent().get(0).body();
        assertThat(checkIn).startsWith("Good morning! Today:");
        assertThat(checkIn.lines().filter(line -> line.startsWith("* "))).hasSize(3);
        assertThat(checkIn.lines().filter(line -> line.startsWith("- "))).hasSize(2);
    }

    @Test
    void a_day_with_nothing_to_say_sends_no_check_in() {
        choose(Optional.of(new TimeOfDay(LocalTime.of(9, 30))), 0, List.of(ReminderChannel.SMS, ReminderChannel.EMAIL));
        fixture.clock.advance(Duration.ofMinutes(31));

        assertThat(core.sendCheckIns().sendDue().sent()).isZero();
        assertThat(fixture.textMessages.sent()).isEmpty();
        assertThat(fixture.emailsQueued()).isEmpty();
    }

    @Test
    void nags_stop_at_the_person_s_limit_and_a_series_moves_on_to_its_next_occurrence() {
        choose(Optional.empty(), 2, List.of(ReminderChannel.SMS));
        core.answerMessage().answer(sam, "every day at 10am take vitamins");
        fixture.clock.advance(Duration.ofHours(1));
        int nags = 0;
        for (int i = 0; i < 6; i++) {
            nags += core.deliverDueReminders().deliverDue().nags();
            fixture.clock.advance(Duration.ofMinutes(10));
        }
        assertThat(fixture.textMessages.sent()).hasSize(3);
        assertThat(nags).as("the reports count the two nags after the first text").isEqualTo(2);
        Reminder series = fixture.reminders.ofOwner(sam, Optional.empty(), 10).get(0);
        assertThat(series.dueAt()).contains(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void snoozing_one_occurrence_of_a_series_does_not_move_the_series() {
        core.answerMessage().answer(sam, "every day at 10am take vitamins");
        fixture.clock.advance(Duration.ofHours(1));
        core.deliverDueReminders().deliverDue();
        assertThat(core.answerMessage().answer(sam, "snooze 60").orElseThrow().text())
                .isEqualTo("No worries, moved to today 11:00 AM.");

        fixture.clock.advance(Duration.ofHours(1));
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.textMessages.sent()).hasSize(2);
        Reminder series = fixture.reminders.ofOwner(sam, Optional.empty(), 10).get(0);
        assertThat(series.dueAt()).contains(Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void nothing_reaches_a_disabled_account_and_no_email_an_unverified_address() {
        choose(Optional.empty(), 0, List.of(ReminderChannel.SMS, ReminderChannel.EMAIL));
        remindIn(Duration.ofMinutes(5), "stretch");
        fixture.accounts.disable(sam, fixture.clock.instant());
        fixture.clock.advance(Duration.ofMinutes(5));
        assertThat(core.deliverDueReminders().deliverDue().deferred()).isEqualTo(1);
        assertThat(fixture.textMessages.sent()).isEmpty();

        fixture.accounts.enable(sam);
        AccountId alex = new AccountId("account-alex");
        fixture.accounts.add(Account.register(alex, EmailAddress.parse("alex@example.org"), DisplayName.parse("Alex"),
                new PasswordHash("hash"), fixture.clock.instant()));
        fixture.accountPreferences.replace(alex, new Preferences(Optional.empty(), 10, 0, Optional.empty(),
                List.of(ReminderChannel.EMAIL)));
        core.answerMessage().answer(alex, "remind me to call the bank in 5 minutes");
        fixture.clock.advance(Duration.ofMinutes(5));
        core.deliverDueReminders().deliverDue();
        assertThat(fixture.emailsQueued()).noneMatch(email -> email.to().value().equals("alex@example.org"));
    }
}
