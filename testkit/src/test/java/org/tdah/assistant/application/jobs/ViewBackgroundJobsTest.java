package org.tdah.assistant.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.testkit.InMemoryCore;

/** The overview of background work, on the in-memory adapters: who may see it and what it shows. */
class ViewBackgroundJobsTest {
    private final InMemoryCore fixture = new InMemoryCore();
    private final Instant now = fixture.clock.instant();

    private Caller caller(String id, Role... roles) {
        return new Caller(new AccountId(id), new SessionId("session-" + id), Set.of(roles), now);
    }

    private BackgroundJobsOverview overviewOfAnAdministrator() {
        return fixture.core.jobs().viewBackgroundJobs().view(caller("root", Role.USER, Role.ADMINISTRATOR))
                .map(new ViewBackgroundJobs.Result.Mapping<>() {
                    @Override
                    public BackgroundJobsOverview on(ViewBackgroundJobs.Result.Found found) {
                        return found.overview();
                    }

                    @Override
                    public BackgroundJobsOverview on(ViewBackgroundJobs.Result.NotAllowed notAllowed) {
                        throw new AssertionError("an administrator may read the jobs");
                    }
                });
    }

    @Test
    void a_person_without_job_read_is_not_allowed() {
        assertThat(fixture.core.jobs().viewBackgroundJobs().view(caller("ana", Role.USER)))
                .isInstanceOf(ViewBackgroundJobs.Result.NotAllowed.class);
    }

    @Test
    void failing_tasks_and_dead_letters_are_the_recent_failures_newest_first_with_people_masked() {
        fixture.jobStatistics.record(new ScheduledJob("deliver-emails", now.plusSeconds(30), false, null,
                now.minusSeconds(10), 3));
        fixture.jobStatistics.record(new ScheduledJob("prune-audit-trail", now.plusSeconds(3600), false,
                now.minusSeconds(5), now.minus(Duration.ofDays(1)), 0));
        EmailMessage email = new EmailMessage("e-1", EmailAddress.parse("sam@example.org"), "Hello", "secret body");
        fixture.outbox.enqueue(email, now);
        fixture.outbox.markFailed("e-1", now.minusSeconds(20), "550 5.1.1 <sam@example.org>: no such user, +1 415 555 0100");

        BackgroundJobsOverview overview = overviewOfAnAdministrator();

        assertThat(overview.scheduler()).extracting(ScheduledJob::name, ScheduledJob::state).containsExactly(
                tuple("deliver-emails", ScheduledJob.State.FAILING),
                tuple("prune-audit-trail", ScheduledJob.State.SCHEDULED));
        assertThat(overview.queues()).contains(new QueueCounts("email", 0, 0, 1));
        assertThat(overview.recentFailures()).extracting(JobFailure::source)
                .containsExactly("deliver-emails", "email", "prune-audit-trail");
        assertThat(overview.recentFailures().get(0).error()).contains("3 in a row");
        assertThat(overview.recentFailures().get(1).error())
                .isEqualTo("550 5.1.1 <<address>>: no such user, <number>")
                .doesNotContain("sam", "555");
    }

    @Test
    void no_more_than_twenty_failures_are_shown() {
        for (int i = 0; i < 25; i++) {
            fixture.outbox.enqueue(new EmailMessage("e-" + i, EmailAddress.parse("sam@example.org"), "Hi", "body"), now);
            fixture.outbox.markFailed("e-" + i, now.minusSeconds(i), "550 refused");
        }

        assertThat(overviewOfAnAdministrator().recentFailures()).hasSize(20)
                .first().extracting(JobFailure::at).isEqualTo(now);
    }
}
