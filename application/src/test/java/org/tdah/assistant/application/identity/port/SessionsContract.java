package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.identity.SessionId;

/** What every implementation of {@link Sessions} must do; expiry runs on the real clock. */
public abstract class SessionsContract {
    private Sessions sessions;

    protected abstract Sessions newSessions();

    @BeforeEach
    void setUpSessions() {
        sessions = newSessions();
    }

    private static Session session(AccountId account, Duration lifetime) {
        Instant now = Instant.now();
        return new Session(new SessionId(UUID.randomUUID().toString()), account, now, now.plus(lifetime));
    }

    private static AccountId someAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @Test
    void a_started_session_is_active_until_it_is_ended() {
        Session session = session(someAccount(), Duration.ofHours(1));

        sessions.start(session);
        assertThat(sessions.isActive(session.id())).isTrue();

        sessions.end(session.id());
        assertThat(sessions.isActive(session.id())).isFalse();
    }

    @Test
    void an_unknown_session_is_not_active() {
        assertThat(sessions.isActive(new SessionId("never-started"))).isFalse();
    }

    @Test
    void a_session_is_no_longer_active_once_it_expired() throws InterruptedException {
        Session session = session(someAccount(), Duration.ofMillis(600));
        sessions.start(session);
        assertThat(sessions.isActive(session.id())).isTrue();

        Thread.sleep(900);

        assertThat(sessions.isActive(session.id())).isFalse();
    }

    @Test
    void ending_all_sessions_of_an_account_keeps_the_one_asked_for_and_other_accounts_sessions() {
        AccountId account = someAccount();
        Session first = session(account, Duration.ofHours(1));
        Session second = session(account, Duration.ofHours(1));
        Session kept = session(account, Duration.ofHours(1));
        Session someoneElses = session(someAccount(), Duration.ofHours(1));
        for (Session session : new Session[] {first, second, kept, someoneElses}) {
            sessions.start(session);
        }

        sessions.endAllOf(account, kept.id());

        assertThat(sessions.isActive(first.id())).isFalse();
        assertThat(sessions.isActive(second.id())).isFalse();
        assertThat(sessions.isActive(kept.id())).isTrue();
        assertThat(sessions.isActive(someoneElses.id())).isTrue();

        sessions.endAllOf(account, null);
        assertThat(sessions.isActive(kept.id())).isFalse();
    }
}
