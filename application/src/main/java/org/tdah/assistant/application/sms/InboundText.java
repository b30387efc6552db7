package org.tdah.assistant.application.sms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * A text someone sent to one of our numbers, as the provider delivered it: kept once per
 * {@code messageSid} (the provider's id, {@code SM...}), before it is routed.
 *
 * @param id our id of it
 * @param from who sent it
 * @param to which of our numbers it was sent to
 * @param body what it says, at most 1,600 characters
 * @param segments how many SMS parts it took (the provider's count when it gave one)
 * @param requestId the request id of the webhook call that delivered it, which its routing continues
 */
public record InboundText(String id, String messageSid, PhoneNumber from, PhoneNumber to, String body, int segments,
        Instant receivedAt, Optional<String> requestId) {
    public InboundText {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (messageSid.isBlank()) {
            throw new IllegalArgumentException("an inbound text has the provider's id");
        }
        if (segments < 1) {
            throw new IllegalArgumentException("a text has at least one segment");
        }
    }

    @Override
    public String toString() {
        return "InboundText[" + messageSid + " from " + from.masked() + " to " + to + "]";
    }
}
