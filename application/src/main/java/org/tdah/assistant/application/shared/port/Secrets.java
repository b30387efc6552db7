package org.tdah.assistant.application.shared.port;

/** Source of unguessable secrets, from a cryptographic generator. */
public interface Secrets {
    /** 256 random bits, base64url without padding. */
    String newToken();

    /** Random characters of the base32 alphabet (A-Z, 2-7), 5 bits each: for codes people type. */
    String newBase32(int characters);

    /** Random decimal digits, each uniformly chosen: for codes sent by SMS. */
    String newDigits(int digits);
}
