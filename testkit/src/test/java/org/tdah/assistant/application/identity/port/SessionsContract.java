package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/**
 * What every implementation of {@link Sessions} must do. Expiry runs on the real clock (Redis
 * expires keys by its own), so sessions here are short; instants are to the millisecond.
 */
public abstract class SessionsContract {
    private static final Duration TOUCH_INTERVAL = Duration.ofMillis(200);
    private Sessions sessions;

    /** A new store whose sessions record a use at most once per {@code touchInterval}. */
    protected abstract Sessions newSessions(Duration touchInterval);

    @BeforeEach
    void setUpSessions() {
        sessions = newSessions(TOUCH_INTERVAL);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Session session(AccountId account, Instant createdAt, Duration lifetime, Duration idle) {
        return Session.start(new SessionId(UUID.randomUUID().toString()), account, createdAt, lifetime, idle,
                "Firefox on Linux", "203.0.113.7");
    }

    private static AccountId someAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @Test
    void a_started_session_comes_back_intact_until_it_is_ended() {
        Session session = session(someAccount(), now(), Duration.ofHours(24), Duration.ofMinutes(30));

        sessions.start(session);
        assertThat(sessions.touch(session.id(), session.createdAt())).contains(session);

        sessions.end(session.id());
        assertThat(sessions.touch(session.id(), now())).isEmpty();
    }

    @Test
    void an_unknown_session_is_not_active() {
        assertThat(sessions.touch(new SessionId("never-started"), now())).isEmpty();
    }

    @Test
    void a_session_unused_past_its_idle_timeout_ends_and_a_used_one_goes_on() throws InterruptedException {
        // margins of a second and more, so that a busy machine's slow sleeps do not decide the outcome
        Session idle = session(someAccount(), now(), Duration.ofHours(1), Duration.ofMillis(2_500));
        Session used = session(someAccount(), now(), Duration.ofHours(1), Duration.ofMillis(2_500));
        sessions.start(idle);
        sessions.start(used);

        Thread.sleep(1_000);
        assertThat(sessions.touch(used.id(), now())).isPresent();
        Thread.sleep(1_800);

        assertThat(sessions.touch(idle.id(), now())).isEmpty();
        assertThat(sessions.touch(used.id(), now())).isPresent();
    }

    @Test
    void a_session_ends_at_its_lifetime_however_much_it_is_used() throws InterruptedException {
        Session session = session(someAccount(), now(), Duration.ofMillis(700), Duration.ofMinutes(30));
        sessions.start(session);

        Thread.sleep(400);
        assertThat(sessions.touch(session.id(), now())).isPresent();
        Thread.sleep(500);

        assertThat(sessions.touch(session.id(), now())).isEmpty();
    }

    @Test
    void a_touch_moves_the_last_seen_time_at_most_once_per_touch_interval() {
        Instant start = now();
        Session session = session(someAccount(), start, Duration.ofHours(1), Duration.ofMinutes(30));
        sessions.start(session);

        assertThat(sessions.touch(session.id(), start.plusMillis(100)).orElseThrow().lastSeenAt()).isEqualTo(start);
        assertThat(sessions.touch(session.id(), start.plusMillis(250)).orElseThrow().lastSeenAt())
                .isEqualTo(start.plusMillis(250));
    }

    @Test
    void an_accounts_sessions_are_listed_oldest_first_without_other_accounts_sessions() {
        AccountId account = someAccount();
        Instant start = now();
        Session older = session(account, start.minusSeconds(60), Duration.ofHours(1), Duration.ofMinutes(30));
        Session newer = session(account, start, Duration.ofHours(1), Duration.ofMinutes(30));
        sessions.start(newer);
        sessions.start(older);
        sessions.start(session(someAccount(), start, Duration.ofHours(1), Duration.ofMinutes(30)));

        assertThat(sessions.ofAccount(account, start)).containsExactly(older, newer);
    }

    @Test
    void a_re_authentication_is_remembered() {
        Session session = session(someAccount(), now(), Duration.ofHours(1), Duration.ofMinutes(30));
        sessions.start(session);
        Instant later = session.createdAt().plusSeconds(90);

        sessions.markAuthenticated(session.id(), later);

        assertThat(sessions.touch(session.id(), session.createdAt()).orElseThrow().authenticatedAt()).isEqualTo(later);
    }

    @Test
    void ending_all_sessions_of_an_account_keeps_the_one_asked_for_and_other_accounts_sessions() {
        AccountId account = someAccount();
        Instant start = now();
        Session first = session(account, start, Duration.ofHours(1), Duration.ofMinutes(30));
        Session second = session(account, start, Duration.ofHours(1), Duration.ofMinutes(30));
        Session kept = session(account, start, Duration.ofHours(1), Duration.ofMinutes(30));
        Session someoneElses = session(someAccount(), start, Duration.ofHours(1), Duration.ofMinutes(30));
        for (Session session : new Session[] {first, second, kept, someoneElses}) {
            sessions.start(session);
        }

        sessions.endAllOf(account, kept.id());

        assertThat(sessions.touch(first.id(), start)).isEmpty();
        assertThat(sessions.touch(second.id(), start)).isEmpty();
        assertThat(sessions.touch(kept.id(), start)).isPresent();
        assertThat(sessions.touch(someoneElses.id(), start)).isPresent();

        sessions.endAllOf(account, null);
        assertThat(sessions.touch(kept.id(), start)).isEmpty();
        assertThat(sessions.ofAccount(account, start)).isEmpty();
    }
}
