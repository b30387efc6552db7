package org.tdah.assistant.application.shared;

/**
 * How the SMS provider took a message. Refusals for good are values; a provider that cannot be
 * reached, or answers a transient error, throws
 * {@link org.tdah.assistant.application.shared.DependencyUnavailableException} instead.
 */
public sealed interface SmsSendResult {

    /** Accepted for delivery, under the provider's id of the message. */
    record Accepted(String providerMessageId) implements SmsSendResult {}

    /** The number cannot receive SMS (Twilio 21211, 21614...). */
    record InvalidNumber() implements SmsSendResult {}

    /** The recipient replied STOP to our number (Twilio 21610): we may not text them. */
    record Unsubscribed() implements SmsSendResult {}
}
