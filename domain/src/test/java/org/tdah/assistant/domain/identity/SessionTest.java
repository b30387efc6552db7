package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private final Session session = Session.start(new SessionId("s"), new AccountId("a"), NOW, Duration.ofHours(24),
            Duration.ofMinutes(30), "Firefox on Linux", "203.0.113.7");

    @Test
    void a_session_ends_after_thirty_idle_minutes_unless_it_is_used() {
        assertThat(session.isActiveAt(NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(session.isActiveAt(NOW.plus(Duration.ofMinutes(30)))).isFalse();

        Session used = session.seenAt(NOW.plus(Duration.ofMinutes(29)));

        assertThat(used.isActiveAt(NOW.plus(Duration.ofMinutes(58)))).isTrue();
        assertThat(used.endsAt()).isEqualTo(NOW.plus(Duration.ofMinutes(59)));
    }

    @Test
    void a_session_used_all_the_time_still_ends_after_its_lifetime() {
        Session busy = session.seenAt(NOW.plus(Duration.ofHours(23).plusMinutes(59)));

        assertThat(busy.isActiveAt(NOW.plus(Duration.ofHours(24)))).isFalse();
        assertThat(busy.endsAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void a_new_session_is_authenticated_when_it_starts() {
        assertThat(session.authenticatedAt()).isEqualTo(NOW);
        assertThat(session.authenticatedAt(NOW.plusSeconds(60)).authenticatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
