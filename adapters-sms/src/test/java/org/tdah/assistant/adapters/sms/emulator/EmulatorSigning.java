package org.tdah.assistant.adapters.sms.emulator;

import java.util.Map;

/** The emulator's own webhook signer, for tests of the application's signature check. */
public final class EmulatorSigning {

    private EmulatorSigning() {
    }

    /** {@code X-Twilio-Signature} as the emulator sends it when it calls {@code url} with {@code params}. */
    public static String signature(String authToken, String url, Map<String, String> params) {
        return TwilioSignature.of(authToken, url, params);
    }
}
