package org.tdah.assistant.application.assistant;

/** An {@link Understanding} could not read a message; the caller falls back to the rules. */
public final class UnderstandingFailedException extends RuntimeException {
    public UnderstandingFailedException(String message) {
        super(message);
    }

    public UnderstandingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
