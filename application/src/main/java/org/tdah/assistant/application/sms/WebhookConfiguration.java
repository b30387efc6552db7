package org.tdah.assistant.application.sms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhooks we set on one of our dedicated numbers, when, and when they were last found as set
 * at the provider ({@code checkedAt}); {@code repairs} counts the times they had drifted and were
 * set again.
 */
public record WebhookConfiguration(NumberId number, NumberWebhooks webhooks, Instant configuredAt,
        Optional<Instant> checkedAt, int repairs) {
    public WebhookConfiguration {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(configuredAt, "configuredAt");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (repairs < 0) {
            throw new IllegalArgumentException("repairs are counted from 0");
        }
    }
}
