package org.tdah.assistant.application.shared.port;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The request id that the work on this thread carries, so that every log line of a request, and of
 * the background work it causes later on other threads (routing an inbound text, sending the
 * replies it queued, delivering an email), can be found by one id. The id is opaque and correlates
 * only: it is never a secret, nor personal. What a request stores for later (an inbound text, an
 * outgoing text, an email) keeps {@link #current()}, and the work that handles it runs
 * {@link #continuing} that id.
 */
public interface Correlation {

    /** The id of the work this thread is doing, if it has one. */
    Optional<String> current();

    /**
     * Runs {@code work} as the continuation of the work that had {@code requestId}: the id is current
     * while it runs (a new one when none is given, so that the lines of one item still hang
     * together), and the one before is current again afterwards.
     */
    <T> T continuing(Optional<String> requestId, Supplier<T> work);
}
