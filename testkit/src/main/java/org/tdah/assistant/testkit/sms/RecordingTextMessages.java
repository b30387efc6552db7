package org.tdah.assistant.testkit.sms;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Keeps the messages it accepts, for application tests; behaves as {@code TextMessagesContract}
 * says. Twilio's magic test recipients ({@link TwilioTestNumbers}) are refused as the Twilio API
 * emulator refuses them; other numbers can be made to refuse SMS, and the provider to be down.
 */
public final class RecordingTextMessages implements TextMessages {
    private final List<OutgoingSms> sent = new CopyOnWriteArrayList<>();
    private final Map<PhoneNumber, SmsSendResult> refusals = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private volatile boolean down;

    @Override
    public SmsSendResult send(OutgoingSms sms) {
        if (down) {
            throw new DependencyUnavailableException("SMS provider", new IOException("down in this test"));
        }
        SmsSendResult refusal = refusals.getOrDefault(sms.to(), TwilioTestNumbers.refusalOf(sms.to()).orElse(null));
        if (refusal != null) {
            return refusal;
        }
        sent.add(sms);
        return new SmsSendResult.Accepted(String.format("SM%032x", accepted.incrementAndGet()));
    }

    /** The messages accepted, oldest first; refused ones are not among them. */
    public List<OutgoingSms> sent() {
        return List.copyOf(sent);
    }

    /** The first six-digit code in the newest message to this number. */
    public String lastCodeSentTo(PhoneNumber phone) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).to().equals(phone)) {
                return codeIn(sent.get(i).body());
            }
        }
        throw new AssertionError("no SMS to " + phone.masked() + " in " + sent);
    }

    /** The six-digit code a text carries (the first run of six digits). */
    public static String codeIn(String body) {
        return body.replaceAll("^\\D*(\\d{6}).*$", "$1");
    }

    /** Makes messages to this number refused as given, magic test number or not. */
    public void refuse(PhoneNumber phone, SmsSendResult refusal) {
        refusals.put(phone, refusal);
    }

    /** While down, every send throws {@code DependencyUnavailableException}, as when Twilio cannot be reached. */
    public void setDown(boolean down) {
        this.down = down;
    }
}
