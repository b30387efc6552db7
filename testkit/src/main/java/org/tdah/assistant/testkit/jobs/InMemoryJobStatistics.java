package org.tdah.assistant.testkit.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tdah.assistant.application.jobs.JobFailure;
import org.tdah.assistant.application.jobs.QueueCounts;
import org.tdah.assistant.application.jobs.ScheduledJob;
import org.tdah.assistant.application.jobs.port.JobStatistics;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.testkit.assistant.InMemoryReminderDeliveries;
import org.tdah.assistant.testkit.assistant.InMemoryReminders;
import org.tdah.assistant.testkit.shared.InMemoryEmailOutbox;

/**
 * The statistics of background work in memory, as {@code JobStatisticsContract} says: the email
 * queue is read from the {@link InMemoryEmailOutbox} itself, the reminders' queue from the
 * {@link InMemoryReminders} and the dead letters of the {@link InMemoryReminderDeliveries}; there is
 * no scheduler in memory, so its tasks are what {@link #record} was told.
 */
public final class InMemoryJobStatistics implements JobStatistics {
    private final InMemoryEmailOutbox outbox;
    private final InMemoryReminders reminders;
    private final InMemoryReminderDeliveries deliveries;
    private final Map<String, ScheduledJob> jobs = new TreeMap<>();

    public InMemoryJobStatistics(InMemoryEmailOutbox outbox, InMemoryReminders reminders,
            InMemoryReminderDeliveries deliveries) {
        this.outbox = outbox;
        this.reminders = reminders;
        this.deliveries = deliveries;
    }

    /** Sets where a scheduler task stands, as an embedding program's own scheduler would report it. */
    public synchronized void record(ScheduledJob job) {
        jobs.put(job.name(), job);
    }

    @Override
    public synchronized List<ScheduledJob> scheduledJobs() {
        return new ArrayList<>(jobs.values());
    }

    @Override
    public List<QueueCounts> queues(Instant now) {
        long due = 0;
        long retrying = 0;
        long dead = 0;
        for (InMemoryEmailOutbox.Entry entry : outbox.entries()) {
            boolean waiting = entry.sentAt() == null && entry.failedAt() == null;
            due += waiting && !entry.dueAt().isAfter(now) ? 1 : 0;
            retrying += waiting && entry.failedAttempts() > 0 ? 1 : 0;
            dead += entry.failedAt() != null ? 1 : 0;
        }
        List<Firing> firings = reminders.all().stream().flatMap(reminder -> reminder.firing().stream()).toList();
        long remindersDead = deliveries.entries().stream()
                .filter(entry -> entry.state() == InMemoryReminderDeliveries.State.FAILED).count();
        return List.of(new QueueCounts("email", due, retrying, dead),
                new QueueCounts("reminders", firings.stream().filter(firing -> !firing.attemptAt().isAfter(now)).count(),
                        firings.stream().filter(firing -> firing.failures() > 0).count(), remindersDead));
    }

    @Override
    public List<JobFailure> recentDeadLetters(int limit) {
        Stream<JobFailure> emails = outbox.entries().stream()
                .filter(entry -> entry.failedAt() != null)
                .map(entry -> new JobFailure("email", entry.failedAt(),
                        entry.lastError() == null ? "gave up" : entry.lastError()));
        Stream<JobFailure> texts = deliveries.entries().stream()
                .filter(entry -> entry.state() == InMemoryReminderDeliveries.State.FAILED)
                .map(entry -> new JobFailure("reminders", entry.finishedAt().orElse(entry.claimedAt()),
                        entry.error().orElse("gave up")));
        return Stream.concat(emails, texts)
                .sorted(Comparator.comparing(JobFailure::at).reversed().thenComparing(JobFailure::source))
                .limit(limit)
                .toList();
    }
}
