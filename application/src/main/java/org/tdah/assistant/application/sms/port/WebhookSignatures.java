package org.tdah.assistant.application.sms.port;

import java.util.Map;

/**
 * Tells a genuine webhook call of the SMS provider from a forged or altered one: the provider signs
 * the public URL it called and every form parameter it sent with our account's secret.
 */
public interface WebhookSignatures {

    /**
     * True only when {@code signature} is the provider's signature of exactly this {@code url} (the
     * public URL, query included) and these form {@code parameters}; false for a missing, malformed
     * or wrong signature. Compares in constant time.
     */
    boolean authentic(String url, Map<String, String> parameters, String signature);
}
