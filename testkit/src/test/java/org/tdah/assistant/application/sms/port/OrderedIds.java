package org.tdah.assistant.application.sms.port;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Ids that sort in the order they were made, as the time-ordered ids of production do, unique across tests. */
final class OrderedIds {
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong counter = new AtomicLong();

    String next() {
        return prefix + "-" + String.format("%012d", counter.incrementAndGet());
    }
}
