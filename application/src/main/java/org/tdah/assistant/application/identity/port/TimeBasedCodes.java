package org.tdah.assistant.application.identity.port;

/** RFC 6238 time-based one-time passwords, as authenticator apps compute them (SHA-1, 6 digits). */
public interface TimeBasedCodes {

    /** A new shared secret of 160 random bits, in base32 as authenticator apps take it. */
    String newSecret();

    /** The code of the secret for a 30-second time step. */
    String codeAt(String base32Secret, long step);
}
