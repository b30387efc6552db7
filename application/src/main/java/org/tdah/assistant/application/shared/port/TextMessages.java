package org.tdah.assistant.application.shared.port;

import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;

/** Sends text messages through the SMS provider. */
public interface TextMessages {

    /**
     * Hands the message to the provider. Throws
     * {@link org.tdah.assistant.application.shared.DependencyUnavailableException} when the provider
     * cannot be reached or answers a transient error.
     */
    SmsSendResult send(OutgoingSms sms);
}
