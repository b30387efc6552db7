package org.tdah.assistant.application.sms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * A text waiting in the outbox of the number it goes from: the assistant's replies, the router's
 * own answers, reminders and check-ins. The body may be personal: never log it.
 *
 * @param person whose text it is, when it is one of our people's
 * @param attempts how many times the provider was asked to take it so far
 * @param requestId the request id of the work that queued it, which sending it continues
 */
public record QueuedText(String id, PhoneNumber from, PhoneNumber to, String body, Optional<AccountId> person,
        int attempts, Instant queuedAt, Optional<String> requestId) {
    public QueuedText {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (body.isBlank()) {
            throw new IllegalArgumentException("a text has a body");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are counted from 0");
        }
    }

    @Override
    public String toString() {
        return "QueuedText[" + id + " from " + from + " to " + to.masked() + ", attempts " + attempts + "]";
    }
}
