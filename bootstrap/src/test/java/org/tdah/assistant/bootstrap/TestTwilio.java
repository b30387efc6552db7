package org.tdah.assistant.bootstrap;

import java.util.List;
import org.tdah.assistant.adapters.sms.emulator.SentMessage;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;
import org.tdah.assistant.application.sms.OurWebhooks;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.logscan.SecretScan;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.sms.RecordingTextMessages;

/**
 * The Twilio API emulator every test application sends its texts to, one per test JVM, with the
 * credentials of {@code dev.yml}. Tests tell their texts apart by recipient number.
 */
public final class TestTwilio {
    /** The development-only account of {@code dev.yml}'s defaults, as the dev module's {@code DevTwilio} names it. */
    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";
    public static final String AUTH_TOKEN = "dev-twilio-auth-token";
    public static final TwilioApiEmulator EMULATOR = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);

    private TestTwilio() {}

    /**
     * Makes the application's platform number one of the emulator's, texting its inbound webhook,
     * as {@code dev} does at its start and as it is at Twilio once an operator bought the number.
     */
    public static void ownPlatformNumber(AssistantConfiguration configuration) {
        EMULATOR.ownNumber(PhoneNumber.parse(configuration.twilio.fromNumber).value(),
                new OurWebhooks(configuration.publicBaseUrl).webhooks().smsUrl());
    }

    /** The texts sent to a number, oldest first. */
    public static List<SentMessage> sentTo(String number) {
        String e164 = PhoneNumber.parse(number).value();
        return EMULATOR.sent().stream().filter(sms -> sms.to().equals(e164)).toList();
    }

    /** The six-digit code of the newest text to the number. */
    public static String lastCodeSentTo(String number) {
        List<SentMessage> texts = sentTo(number);
        if (texts.isEmpty()) {
            throw new AssertionError("no text to " + number);
        }
        String code = RecordingTextMessages.codeIn(texts.get(texts.size() - 1).body());
        SecretScan.remember(code);
        return code;
    }
}
