package org.tdah.assistant.application.identity.port;

import java.util.List;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.domain.identity.AccountId;

/** The audit trail of security events: append-only. */
public interface SecurityEvents {
    void record(SecurityEvent event);

    /** The account's events, newest first, at most {@code limit}. */
    List<SecurityEvent> ofAccount(AccountId account, int limit);
}
