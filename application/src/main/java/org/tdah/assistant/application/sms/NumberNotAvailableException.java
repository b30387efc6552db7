package org.tdah.assistant.application.sms;

/**
 * The SMS provider refused for good to sell us a number: someone bought it first, we own it
 * already, or it was never for sale. Choose another from the available ones.
 */
public final class NumberNotAvailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NumberNotAvailableException(String message) {
        super(message);
    }
}
