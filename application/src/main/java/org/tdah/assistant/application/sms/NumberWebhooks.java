package org.tdah.assistant.application.sms;

import java.net.URI;
import java.util.Objects;

/**
 * Where the SMS provider calls us for one of our numbers: {@code smsUrl} receives inbound texts
 * (by POST), {@code smsFallbackUrl} receives them when {@code smsUrl} fails, {@code statusCallback}
 * hears how the number's provisioning goes. Each is an absolute http(s) URL; the fallback and the
 * status callback may be absent (null), {@code smsUrl} may not.
 */
public record NumberWebhooks(URI smsUrl, URI smsFallbackUrl, URI statusCallback) {
    public NumberWebhooks {
        Objects.requireNonNull(smsUrl, "smsUrl");
        checked(smsUrl, "smsUrl");
        if (smsFallbackUrl != null) {
            checked(smsFallbackUrl, "smsFallbackUrl");
        }
        if (statusCallback != null) {
            checked(statusCallback, "statusCallback");
        }
    }

    /** All three webhooks set. */
    public static NumberWebhooks of(URI smsUrl, URI smsFallbackUrl, URI statusCallback) {
        return new NumberWebhooks(smsUrl, Objects.requireNonNull(smsFallbackUrl, "smsFallbackUrl"),
                Objects.requireNonNull(statusCallback, "statusCallback"));
    }

    private static void checked(URI url, String name) {
        String scheme = url.getScheme();
        if (url.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL");
        }
    }
}
