package org.tdah.assistant.testkit.sms;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.OutgoingSms;
import org.tdah.assistant.application.sms.SmsSendResult;
import org.tdah.assistant.application.sms.port.TextMessages;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Keeps the messages it is given, for application tests; numbers can be made to refuse SMS or the
 * provider to be down. The Twilio adapter is tested against the Twilio API emulator instead.
 */
public final class RecordingTextMessages implements TextMessages {
    private final List<OutgoingSms> sent = new CopyOnWriteArrayList<>();
    private final Map<PhoneNumber, SmsSendResult> refusals = new ConcurrentHashMap<>();
    private volatile boolean down;

    @Override
    public SmsSendResult send(OutgoingSms sms) {
        if (down) {
            throw new DependencyUnavailableException("SMS provider", new IOException("down in this test"));
        }
        SmsSendResult refusal = refusals.get(sms.to());
        if (refusal != null) {
            return refusal;
        }
        sent.add(sms);
        return new SmsSendResult.Accepted("SM" + sent.size());
    }

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

    public void refuse(PhoneNumber phone, SmsSendResult refusal) {
        refusals.put(phone, refusal);
    }

    public void setDown(boolean down) {
        this.down = down;
    }
}
