package org.tdah.assistant.application.sms.status;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.WebhookCall;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.application.sms.support.SignedCalls;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * A status callback of the provider ({@code /sms/twilio/status}): how one of our texts is doing
 * (queued, sent, delivered, or failed and undelivered with an error code). Only a signed call is
 * taken. A final status is never undone by a late earlier one; a text refused because its
 * recipient opted out with the provider (error 21610) opts them out of that number with us too.
 */
public final class RecordDeliveryStatus {
    private static final System.Logger LOG = System.getLogger(RecordDeliveryStatus.class.getName());
    static final String UNSUBSCRIBED_RECIPIENT = "21610";

    /** How a callback ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Recorded recorded);

            T on(UnknownText unknownText);

            T on(Forged forged);

            T on(Malformed malformed);
        }

        record Recorded(String messageSid, DeliveryStatus status) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Signed, about a text we do not know (sent by another system on the account): nothing changed. */
        record UnknownText(String messageSid) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record Forged() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record Malformed(String reason) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final SignedCalls calls;
    private final SmsUsage usage;
    private final OptOuts optOuts;

    public RecordDeliveryStatus(SignedCalls calls, SmsUsage usage, OptOuts optOuts) {
        this.calls = calls;
        this.usage = usage;
        this.optOuts = optOuts;
    }

    public Result record(WebhookCall call) {
        return calls.take(call, "an SMS status callback", Result.Forged::new, started -> {
            Result result = apply(call, started);
            return new SignedCalls.Answered<>(result, result instanceof Result.Malformed ? 400 : 200,
                    call.parameter("ErrorCode"));
        });
    }

    private Result apply(WebhookCall call, Instant now) {
        Optional<String> sid = call.parameter("MessageSid");
        Optional<DeliveryStatus> status = call.parameter("MessageStatus").flatMap(DeliveryStatus::fromWireName);
        if (sid.isEmpty() || status.isEmpty()) {
            return new Result.Malformed("no MessageSid or no known MessageStatus");
        }
        Optional<String> errorCode = call.parameter("ErrorCode");
        if (!usage.statusChanged(sid.get(), status.get(), errorCode, now)) {
            return new Result.UnknownText(sid.get());
        }
        if (errorCode.filter(UNSUBSCRIBED_RECIPIENT::equals).isPresent()) {
            optedOut(call, now);
        }
        return new Result.Recorded(sid.get(), status.get());
    }

    private void optedOut(WebhookCall call, Instant now) {
        try {
            optOuts.optOut(PhoneNumber.parse(call.parameter("From").orElse(null)),
                    PhoneNumber.parse(call.parameter("To").orElse(null)), OptOuts.Source.PROVIDER, now);
        } catch (InvalidInputException noNumbers) {
            LOG.log(Level.WARNING, "A 21610 status callback named no numbers: the opt-out is not recorded");
        }
    }
}
