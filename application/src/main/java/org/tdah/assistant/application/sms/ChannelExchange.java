package org.tdah.assistant.application.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One exchange with the SMS provider, kept for administrators as a channel log: a request we made
 * (sending a text, buying a number, reading a price) or a webhook the provider made to us, with
 * its answer and how long it took. Secrets are redacted before an exchange is made: no credential,
 * no signature, no message body (it may hold a one-time code) is ever in one.
 *
 * @param status the HTTP status of the answer, 0 when there was none (the provider was unreachable)
 * @param request the method-specific parameters, redacted (e.g. {@code To=+•••4567&From=+15551234567})
 * @param response the answer, redacted and at most a few kilobytes
 * @param messageSid the provider's id of the message it concerns, when there is one
 * @param error why the exchange failed, when it did (an exception class or a provider error code)
 */
public record ChannelExchange(Instant at, Direction direction, String method, String url, int status,
        String request, String response, Duration duration, Optional<String> messageSid, Optional<String> error) {

    /** Who called whom. */
    public enum Direction {
        /** We called the provider. */
        OUTGOING,
        /** The provider called one of our webhooks. */
        INCOMING
    }

    public ChannelExchange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(error, "error");
        if (status < 0 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599, or 0 for none");
        }
    }
}
