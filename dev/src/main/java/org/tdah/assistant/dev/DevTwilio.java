package org.tdah.assistant.dev;

import java.util.List;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;
import org.tdah.assistant.application.sms.OurWebhooks;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The Twilio account of {@code dev} (public, development-only credentials, the defaults of
 * {@code dev.yml}) and the emulator's texts as a source of the dev outbox.
 */
public final class DevTwilio {
    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    public static final String AUTH_TOKEN = "dev-twilio-auth-token";

    private DevTwilio() {}

    /** The texts the emulator accepted, as dev outbox messages. */
    public static DevOutbox.Source outboxOf(TwilioApiEmulator emulator) {
        return new DevOutbox.Source() {
            @Override
            public List<DevOutbox.Message> messages() {
                return emulator.sent().stream()
                        .map(sms -> new DevOutbox.Message("sms", sms.to(), sms.from(), null, sms.body(), sms.at()))
                        .toList();
            }

            @Override
            public void clear() {
                emulator.clear();
            }
        };
    }

    /**
     * Makes the platform's number one of the emulator's, texting our inbound webhook, as it is at
     * Twilio once an operator bought it in the console: the shared number everyone can text.
     */
    public static void ownPlatformNumber(TwilioApiEmulator emulator, AssistantConfiguration configuration) {
        emulator.ownNumber(PhoneNumber.parse(configuration.twilio.fromNumber).value(),
                new OurWebhooks(configuration.publicBaseUrl).webhooks().smsUrl());
    }
}
