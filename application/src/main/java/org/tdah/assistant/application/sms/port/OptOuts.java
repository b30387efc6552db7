package org.tdah.assistant.application.sms.port;

import java.time.Instant;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Who asked not to be texted from which of our numbers (by a STOP keyword, or as the provider
 * reported), kept in our own table so no text of ours reaches them, whatever sends it.
 */
public interface OptOuts {

    /** Where an opt-out came from. */
    enum Source {
        /** They texted a STOP keyword. */
        KEYWORD,
        /** The provider refused a text because they had opted out with it (Twilio 21610). */
        PROVIDER
    }

    /** {@code theirs} opted out of texts from {@code ours}; opting out again changes nothing. */
    void optOut(PhoneNumber ours, PhoneNumber theirs, Source source, Instant at);

    /** {@code theirs} opted back in to texts from {@code ours}; true when they had been opted out. */
    boolean optIn(PhoneNumber ours, PhoneNumber theirs, Instant at);

    boolean isOptedOut(PhoneNumber ours, PhoneNumber theirs);
}
