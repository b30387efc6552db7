package org.tdah.assistant.application.shared;

/**
 * The mail server refused a message for good (an unknown recipient, a policy rejection): sending
 * it again will not help. Transient failures are {@link DependencyUnavailableException} instead.
 */
public final class EmailRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmailRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
