package org.tdah.assistant.domain.sms;

import java.util.Objects;

/**
 * How many SMS segments a body takes and in which encoding, as Twilio counts them. A body made only
 * of GSM-7 characters (the 3GPP 23.038 basic table, and its extension table whose characters
 * {@code ^ { } \ [ ~ ] | €} and form feed take two septets) fits 160 septets in one segment, or 153
 * per segment when split. Any other character makes the whole body UCS-2: 70 UTF-16 code units in
 * one segment, 67 per segment when split, an emoji taking two. A character is never split between
 * two segments, so a two-unit character that does not fit at the end of a segment starts the next.
 * The empty body takes one segment; {@code count} is at least 1.
 */
public record SmsSegments(Encoding encoding, int count) {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    public enum Encoding {
        GSM_7(160, 153),
        UCS_2(70, 67);

        private final int single;
        private final int perSegment;

        Encoding(int single, int perSegment) {
            this.single = single;
            this.perSegment = perSegment;
        }

        /** How many units (septets or code units) one segment holds when the body is not split. */
        public int singleSegmentUnits() {
            return single;
        }

        /** How many units each segment holds when the body is split. */
        public int unitsPerSegment() {
            return perSegment;
        }
    }

    public SmsSegments {
        Objects.requireNonNull(encoding, "encoding");
        if (count < 1) {
            throw new IllegalArgumentException("a body takes at least one segment, not " + count);
        }
    }

    public static SmsSegments of(String body) {
        Objects.requireNonNull(body, "body");
        Encoding encoding = body.chars().allMatch(SmsSegments::gsm) ? Encoding.GSM_7 : Encoding.UCS_2;
        int[] sizes = body.codePoints().map(point -> size(encoding, point)).toArray();
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        if (total <= encoding.single) {
            return new SmsSegments(encoding, 1);
        }
        int count = 1;
        int used = 0;
        for (int size : sizes) {
            if (used + size > encoding.perSegment) {
                count++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(encoding, count);
    }

    private static boolean gsm(int c) {
        return GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0;
    }

    private static int size(Encoding encoding, int point) {
        if (encoding == Encoding.UCS_2) {
            return Character.charCount(point);
        }
        return GSM_EXTENSION.indexOf(point) >= 0 ? 2 : 1;
    }
}
