package org.tdah.assistant.application.sms.inbound;

import org.tdah.assistant.application.sms.port.WebhookSignatures;

/** Whether a webhook call carries the provider's signature of exactly what arrived. */
final class SignedCalls {
    private SignedCalls() {}

    static boolean genuine(WebhookSignatures signatures, WebhookCall call) {
        return call.signature().filter(signature -> !signature.isBlank())
                .map(signature -> signatures.authentic(call.url(), call.parameters(), signature)).orElse(false);
    }
}
