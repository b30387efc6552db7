package org.tdah.assistant.testkit.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tdah.assistant.application.sms.port.WebhookSignatures;

/**
 * Webhook signatures as Twilio makes them (HMAC-SHA1 of the URL followed by each parameter name and
 * value in name order, Base64), checked in constant time: the in-memory stand-in of the Twilio
 * adapter's validator, which also signs calls for scenario tests that play the provider.
 */
public final class TwilioStyleSignatures implements WebhookSignatures {
    private final byte[] authToken;

    public TwilioStyleSignatures(String authToken) {
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature the provider would send with this call. */
    public String sign(String url, Map<String, String> parameters) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", missing);
        }
    }

    @Override
    public boolean authentic(String url, Map<String, String> parameters, String signature) {
        if (url == null || parameters == null || signature == null || signature.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(url, parameters).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
