package org.tdah.assistant.application.sms.inbound;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.WebhookCall;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.support.RouterWording;
import org.tdah.assistant.application.sms.support.SignedCalls;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsSegments;

/**
 * The router's intake: a text the provider delivers to {@code /sms/twilio/inbound}. Only a call
 * the provider signed is taken; the text is kept once per provider id (a redelivery, even one
 * racing the first, is taken again and changes nothing), waiting to be routed, and the provider is
 * answered at once. Routing happens apart ({@link RouteInboundTexts}), so a slow assistant never
 * makes the provider wait or deliver again.
 */
public final class ReceiveInboundText {
    private static final Pattern MESSAGE_SID = Pattern.compile("(SM|MM)[0-9a-fA-F]{32}");

    /** How a delivery ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Received received);

            T on(Duplicate duplicate);

            T on(Forged forged);

            T on(Malformed malformed);
        }

        /** Kept now, waiting to be routed. */
        record Received(String messageSid) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Kept before: nothing changed. */
        record Duplicate(String messageSid) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Not signed by the provider, or altered on the way: nothing kept. */
        record Forged() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Signed, but without a message id, a sender or a number of ours: nothing kept. */
        record Malformed(String reason) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final SignedCalls calls;
    private final InboundTexts inbound;
    private final RouterWording wording;
    private final Ids ids;
    private final Correlation correlation;

    public ReceiveInboundText(SignedCalls calls, InboundTexts inbound, RouterWording wording, Ids ids,
            Correlation correlation) {
        this.calls = calls;
        this.inbound = inbound;
        this.wording = wording;
        this.ids = ids;
        this.correlation = correlation;
    }

    public Result receive(WebhookCall call) {
        return calls.take(call, "an inbound SMS webhook call", Result.Forged::new, started -> {
            Result result = keep(call, started);
            return result instanceof Result.Malformed malformed
                    ? new SignedCalls.Answered<>(result, 400, Optional.of(malformed.reason()))
                    : new SignedCalls.Answered<>(result, 200, Optional.empty());
        });
    }

    private Result keep(WebhookCall call, Instant now) {
        Optional<String> sid = call.parameter("MessageSid").filter(value -> MESSAGE_SID.matcher(value).matches());
        if (sid.isEmpty()) {
            return new Result.Malformed("no MessageSid");
        }
        PhoneNumber from;
        PhoneNumber to;
        try {
            from = PhoneNumber.parse(call.parameter("From").orElse(null));
            to = PhoneNumber.parse(call.parameter("To").orElse(null));
        } catch (InvalidInputException notANumber) {
            return new Result.Malformed("From and To are not phone numbers");
        }
        String body = wording.fitted(call.parameters().getOrDefault("Body", ""), Language.EN);
        int segments = call.parameter("NumSegments").map(ReceiveInboundText::count)
                .orElseGet(() -> SmsSegments.of(body).count());
        boolean kept = inbound.receive(new InboundText(ids.next(), sid.get(), from, to, body, segments, now,
                correlation.current()));
        return kept ? new Result.Received(sid.get()) : new Result.Duplicate(sid.get());
    }

    private static int count(String segments) {
        try {
            return Math.max(1, Integer.parseInt(segments));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
