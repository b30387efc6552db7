package org.tdah.assistant.application.sms.support;

import org.tdah.assistant.application.sms.WebhookCall;
import org.tdah.assistant.application.sms.port.WebhookSignatures;

/** Whether a webhook call carries the provider's signature of exactly what arrived. */
public final class SignedCalls {
    private SignedCalls() {}

    public static boolean genuine(WebhookSignatures signatures, WebhookCall call) {
        return call.signature().filter(signature -> !signature.isBlank())
                .map(signature -> signatures.authentic(call.url(), call.parameters(), signature)).orElse(false);
    }
}
