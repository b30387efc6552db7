package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.tdah.assistant.application.sms.port.WebhookSignatures;

/**
 * Checks {@code X-Twilio-Signature} with twilio-java's {@link RequestValidator} and the account's
 * auth token: the HMAC-SHA1 of the public URL Twilio called (query included; with or without the
 * scheme's default port, as Twilio signs either) and every form parameter, compared in constant
 * time. A missing, blank or malformed signature, URL or parameter map is not authentic; this
 * never throws on input from the caller of a webhook.
 */
public final class TwilioWebhookSignatures implements WebhookSignatures {
    private final RequestValidator validator;

    public TwilioWebhookSignatures(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("the auth token is required to check webhook signatures");
        }
        this.validator = new RequestValidator(authToken);
    }

    @Override
    public boolean authentic(String url, Map<String, String> parameters, String signature) {
        if (signature == null || signature.isBlank() || url == null || url.isBlank() || parameters == null) {
            return false;
        }
        try {
            return validator.validate(url, parameters, signature);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
