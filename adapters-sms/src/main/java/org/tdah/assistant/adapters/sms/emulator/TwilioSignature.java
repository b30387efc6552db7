package org.tdah.assistant.adapters.sms.emulator;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook request as Twilio does ({@code X-Twilio-Signature}): Base64 of the HMAC-SHA1,
 * keyed with the account's auth token, of the full URL followed by every POST parameter's name and
 * value, sorted by name.
 */
public final class TwilioSignature {
    static final String HEADER = "X-Twilio-Signature";

    private TwilioSignature() {
    }

    public static String of(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA1", impossible);
        }
    }
}
