package org.tdah.assistant.adapters.sms.emulator;

/**
 * How many SMS segments a body takes, as Twilio counts them: 160 GSM-7 characters in one segment
 * or 153 per segment when split (the escaped characters count twice), and 70 UCS-2 code units or
 * 67 per segment for a body with any character outside GSM-7.
 */
final class SmsSegments {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    static int count(String body) {
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (GSM_EXTENDED.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return segments(body.length(), 70, 67);
            }
        }
        return segments(septets, 160, 153);
    }

    private static int segments(int units, int single, int perPart) {
        if (units <= single) {
            return 1;
        }
        return (units + perPart - 1) / perPart;
    }
}
