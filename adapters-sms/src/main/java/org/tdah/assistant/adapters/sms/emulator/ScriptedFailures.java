package org.tdah.assistant.adapters.sms.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The failures the emulator was told to answer with, before it looks at a request. */
final class ScriptedFailures {
    private final Deque<ApiError> next = new ArrayDeque<>();
    private ApiError always;

    synchronized void failNext(int requests, ApiError error) {
        for (int i = 0; i < requests; i++) {
            next.addLast(error);
        }
    }

    synchronized void failAll(ApiError error) {
        always = error;
    }

    synchronized Optional<ApiError> take() {
        ApiError scripted = next.pollFirst();
        return Optional.ofNullable(scripted != null ? scripted : always);
    }

    synchronized void clear() {
        next.clear();
        always = null;
    }
}
