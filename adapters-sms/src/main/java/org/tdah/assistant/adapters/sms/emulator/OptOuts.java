package org.tdah.assistant.adapters.sms.emulator;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twilio's carrier opt-out, per pair of our number and their phone: a text whose whole body
 * (trimmed, any case) is an opt-out keyword stops every later message from that number to that
 * phone (Twilio error 21610), until the phone texts an opt-in keyword to that number. Safe to use
 * from many threads.
 */
final class OptOuts {
    private static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");
    private static final Set<String> OPT_IN = Set.of("START", "UNSTOP", "YES");

    private final Set<Pair> stopped = ConcurrentHashMap.newKeySet();

    private record Pair(String ourNumber, String theirPhone) {}

    /** Applies a text {@code theirPhone} sent to {@code ourNumber}, when it is a keyword. */
    void received(String theirPhone, String ourNumber, String body) {
        String keyword = body.strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT.contains(keyword)) {
            stopped.add(new Pair(ourNumber, theirPhone));
        } else if (OPT_IN.contains(keyword)) {
            stopped.remove(new Pair(ourNumber, theirPhone));
        }
    }

    boolean stopped(String ourNumber, String theirPhone) {
        return stopped.contains(new Pair(ourNumber, theirPhone));
    }

    static ApiError unsubscribed() {
        return new ApiError(400, 21610, "Attempt to send to unsubscribed recipient");
    }
}
