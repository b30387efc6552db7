package org.tdah.assistant.application.shared;

import java.util.Objects;
import org.tdah.assistant.domain.identity.EmailAddress;

/**
 * One email as the system sends it: plain text, to one person. The id is stable across retries
 * of the same message and becomes its {@code Message-ID}, so a receiver can recognise a resend.
 * The body may hold a one-time secret (a verification or reset token): never log it.
 */
public record EmailMessage(String id, EmailAddress to, String subject, String textBody) {
    public EmailMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
    }

    @Override
    public String toString() {
        return "EmailMessage[id=" + id + ", to=" + to + ", subject=" + subject + "]";
    }
}
