package org.tdah.assistant.adapters.rest.sms;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import org.tdah.assistant.application.sms.SmsCore;

/**
 * The resources of the SMS context: the provider's webhooks (the router's intake, which the
 * {@code sms-router} command serves alone), and the API of numbers, usage and channel logs.
 */
public final class SmsApi {
    private SmsApi() {}

    /** The signed webhooks; {@code textWaiting} hears of every new text to route. */
    public static void installWebhooks(JerseyEnvironment jersey, SmsCore core, String publicBaseUrl, Runnable textWaiting) {
        jersey.register(new SmsWebhooksResource(core.receiveInboundText(), core.recordDeliveryStatus(), publicBaseUrl,
                textWaiting));
    }

    public static void install(JerseyEnvironment jersey, SmsCore core, Clock clock) {
        jersey.register(new PhoneNumbersResource(core.provisionNumber(), core.listPhoneNumbers(), core.releaseNumber()));
        jersey.register(new SmsUsageResource(core.viewUsage(), clock));
        jersey.register(new AdminSmsResource(core.viewUsage(), core.listPhoneNumbers(), core.releaseNumber(),
                core.viewChannelLogs(), clock));
    }
}
