package org.tdah.assistant.domain.sms;

import java.util.Objects;

/**
 * The body of one SMS message as Twilio accepts it: at most {@value #MAX_LENGTH} UTF-16 code units.
 * A longer text is cut to make room for a note saying so; the cut never splits a surrogate pair and
 * falls, when it can, on the last white space within the final {@value #WORD_BOUNDARY_REACH}
 * characters kept, so no word is left half written. A note is at most {@value #MAX_NOTE_LENGTH}
 * characters, so most of the text always survives.
 */
public final class SmsBody {
    public static final int MAX_LENGTH = 1600;
    public static final int MAX_NOTE_LENGTH = 200;
    private static final int WORD_BOUNDARY_REACH = 40;

    private SmsBody() {}

    /**
     * The text with its typographic look-alikes of GSM-7 characters made plain (French quotes « »,
     * curly quotes, the ellipsis, dashes, non-breaking spaces), when that makes it fewer segments:
     * one of them is enough to send a whole text in UCS-2, at twice the cost or more. Nothing
     * whose meaning differs (ê, ç, an emoji) is touched, so a text that needs UCS-2 keeps its
     * typography. As Twilio's "smart encoding" does.
     */
    public static String cheapest(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(switch (c) {
                case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2033' -> "\"";
                case '\u2018', '\u2019', '\u201A', '\u2032' -> "'";
                case '\u2026' -> "...";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
                case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F' -> " ";
                default -> String.valueOf(c);
            });
        }
        String candidate = plain.toString();
        if (candidate.equals(text)) {
            return text;
        }
        return SmsSegments.of(candidate).count() < SmsSegments.of(text).count() ? candidate : text;
    }

    public static boolean fits(String text) {
        return text.length() <= MAX_LENGTH;
    }

    /** The text itself when it fits, otherwise its beginning followed by {@code note}, fitting. */
    public static String fitted(String text, String note) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("a note is at most " + MAX_NOTE_LENGTH + " characters, not " + note.length());
        }
        if (fits(text)) {
            return text;
        }
        int end = MAX_LENGTH - note.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = end; i >= end - WORD_BOUNDARY_REACH; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                end = i;
                break;
            }
        }
        return text.substring(0, end).stripTrailing() + note;
    }
}
