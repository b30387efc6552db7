package org.tdah.assistant.testkit.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.testkit.identity.InMemoryAccountPreferences;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;
import org.tdah.assistant.testkit.shared.InMemoryTransactions;

/** The assistant's in-memory adapters roll back with {@code InMemoryTransactions}, as their tables do with PostgreSQL. */
class InMemoryAssistantRollbackTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final AccountId OWNER = new AccountId("owner-1");

    private final InMemoryTasks tasks = new InMemoryTasks();
    private final InMemoryReminders reminders = new InMemoryReminders();
    private final InMemoryReminderDeliveries deliveries = new InMemoryReminderDeliveries();
    private final InMemoryDialogues dialogues = new InMemoryDialogues();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns(new InMemoryAccounts(), new InMemoryAccountPreferences());
    private final InMemoryTransactions transactions = new InMemoryTransactions(tasks, reminders, deliveries, dialogues,
            checkIns);

    @Test
    void a_failed_transaction_leaves_tasks_reminders_deliveries_dialogues_and_check_ins_as_they_were() {
        Task kept = Task.open(new TaskId("task-1"), OWNER, new ItemNumber(1), new TaskTitle("kept"), AT);
        tasks.add(kept);
        Reminder reminder = new Reminder(new ReminderId("reminder-1"), OWNER, new ItemNumber(2), new ReminderText("kept"),
                new Schedule.Once(LocalDateTime.of(2026, 12, 1, 11, 0)), ZoneId.of("Europe/Paris"),
                ReminderStatus.SCHEDULED, Optional.of(AT), Optional.empty(), Optional.of(Firing.at(AT, 0)),
                Optional.empty(), AT);
        reminders.add(reminder);
        Dialogue before = Dialogue.EMPTY.asking(new Intent.NeedsTime("before"));
        dialogues.save(OWNER, before);

        Throwable failure = catchThrowable(() -> transactions.run(() -> {
            tasks.update(kept.done(AT));
            tasks.add(Task.open(new TaskId("task-2"), OWNER, new ItemNumber(3), new TaskTitle("rolled back"), AT));
            reminders.update(reminder.with(ReminderStatus.DONE, Optional.empty(), Optional.empty(), Optional.empty()));
            deliveries.claim(reminder.id(), AT, ReminderChannel.SMS, AT);
            dialogues.save(OWNER, Dialogue.EMPTY);
            checkIns.claim(OWNER, LocalDate.of(2026, 12, 1), AT);
            throw new IllegalStateException("failure after every write");
        }));

        assertThat(failure).hasMessage("failure after every write");
        assertThat(tasks.ofOwner(OWNER, Optional.empty(), Optional.empty(), 10)).containsExactly(kept);
        assertThat(reminders.ofOwner(OWNER, Optional.empty(), 10)).containsExactly(reminder);
        assertThat(deliveries.entries()).isEmpty();
        assertThat(dialogues.of(OWNER)).contains(before);
        assertThat(checkIns.claim(OWNER, LocalDate.of(2026, 12, 1), AT)).isTrue();
        assertThat(deliveries.claim(reminder.id(), AT, ReminderChannel.SMS, AT)).isTrue();
    }
}
