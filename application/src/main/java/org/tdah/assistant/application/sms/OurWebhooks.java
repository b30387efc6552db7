package org.tdah.assistant.application.sms;

import java.net.URI;
import org.tdah.assistant.application.sms.NumberWebhooks;

/**
 * The webhooks every number of ours calls, under the public base URL (the one the provider signs):
 * inbound texts at {@code /api/v1/sms/twilio/inbound} (also as the fallback, so a retry reaches
 * the intake, which takes each text once), statuses at {@code /api/v1/sms/twilio/status}.
 */
public final class OurWebhooks {
    public static final String INBOUND_PATH = "/api/v1/sms/twilio/inbound";
    public static final String STATUS_PATH = "/api/v1/sms/twilio/status";

    private final NumberWebhooks webhooks;

    public OurWebhooks(String publicBaseUrl) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        URI inbound = URI.create(base + INBOUND_PATH);
        this.webhooks = NumberWebhooks.of(inbound, inbound, URI.create(base + STATUS_PATH));
    }

    public NumberWebhooks webhooks() {
        return webhooks;
    }
}
