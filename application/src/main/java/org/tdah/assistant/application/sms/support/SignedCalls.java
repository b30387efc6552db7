package org.tdah.assistant.application.sms.support;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tdah.assistant.application.sms.WebhookCall;
import org.tdah.assistant.application.sms.port.WebhookSignatures;

/**
 * Takes the provider's webhook calls: a call that does not carry the provider's signature of
 * exactly what arrived is refused (logged, and kept in the channel log as a 403); a genuine one is
 * handed on, and kept in the channel log with how it was answered.
 */
public final class SignedCalls {
    private static final System.Logger LOG = System.getLogger(SignedCalls.class.getName());

    /** How a genuine call was answered: its result, the HTTP status, an error worth keeping. */
    public record Answered<R>(R result, int status, Optional<String> error) {}

    private final WebhookSignatures signatures;
    private final IncomingLog log;
    private final Clock clock;

    public SignedCalls(WebhookSignatures signatures, IncomingLog log, Clock clock) {
        this.signatures = signatures;
        this.log = log;
        this.clock = clock;
    }

    /**
     * {@code forged} when the call is not signed, else {@code genuine} given the time it came.
     *
     * @param what what the call is, for the warning: "an inbound SMS webhook call"
     */
    public <R> R take(WebhookCall call, String what, Supplier<R> forged, Function<Instant, Answered<R>> genuine) {
        Instant started = clock.instant();
        if (!signed(call)) {
            LOG.log(Level.WARNING, "Refused {0} to {1}: its signature is missing or wrong", what, call.url());
            log.record(call, started, 403, Optional.of("forged"));
            return forged.get();
        }
        Answered<R> answered = genuine.apply(started);
        log.record(call, started, answered.status(), answered.error());
        return answered.result();
    }

    private boolean signed(WebhookCall call) {
        return call.signature().filter(signature -> !signature.isBlank())
                .map(signature -> signatures.authentic(call.url(), call.parameters(), signature)).orElse(false);
    }
}
