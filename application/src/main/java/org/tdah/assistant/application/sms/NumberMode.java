package org.tdah.assistant.application.sms;

import java.util.Locale;

/** Whether a person texts a number of their own, or the one number everyone shares. */
public enum NumberMode {
    /** Bought for this person; texts to it come from their verified phone only. */
    DEDICATED,
    /** The platform's one number; texts to it are told apart by the sender's verified phone. */
    SHARED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
