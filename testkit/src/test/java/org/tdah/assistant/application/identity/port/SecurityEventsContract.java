package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** What every implementation of {@link SecurityEvents} must do. */
public abstract class SecurityEventsContract {
    private SecurityEvents events;
    private final AccountId account = new AccountId(UUID.randomUUID().toString());

    protected abstract SecurityEvents newSecurityEvents();

    @BeforeEach
    void setUpEvents() {
        events = newSecurityEvents();
    }

    @Test
    void an_accounts_events_come_back_intact_newest_first_up_to_the_limit() {
        RequestOrigin origin = new RequestOrigin("203.0.113.7", "Mozilla/5.0 (Üñíçødé)", "req-42");
        SecurityEvent first = new SecurityEvent(SecurityEventType.REGISTERED, account, origin,
                Instant.parse("2026-11-26T09:00:00Z"));
        SecurityEvent second = new SecurityEvent(SecurityEventType.LOGIN_FAILED, account, origin,
                Instant.parse("2026-11-26T09:01:00Z"));
        SecurityEvent third = new SecurityEvent(SecurityEventType.LOGIN_SUCCEEDED, account, RequestOrigin.UNKNOWN,
                Instant.parse("2026-11-26T09:02:00Z"));
        events.record(first);
        events.record(second);
        events.record(third);

        assertThat(events.ofAccount(account, 10)).containsExactly(third, second, first);
        assertThat(events.ofAccount(account, 2)).containsExactly(third, second);
    }

    @Test
    void events_without_an_account_or_of_another_account_are_not_listed() {
        events.record(new SecurityEvent(SecurityEventType.LOGIN_FAILED, null, RequestOrigin.UNKNOWN,
                Instant.parse("2026-11-26T09:00:00Z")));
        events.record(new SecurityEvent(SecurityEventType.LOGIN_FAILED, new AccountId("other"), RequestOrigin.UNKNOWN,
                Instant.parse("2026-11-26T09:00:00Z")));

        assertThat(events.ofAccount(account, 10)).isEmpty();
    }
}
