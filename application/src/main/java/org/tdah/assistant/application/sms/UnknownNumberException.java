package org.tdah.assistant.application.sms;

/** The SMS provider has no number of ours under this id (released, or never ours). */
public final class UnknownNumberException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownNumberException(String providerSid) {
        super("the SMS provider has no number of ours with the id " + providerSid);
    }
}
