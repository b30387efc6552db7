package org.tdah.assistant.application.shared.port;

/** Source of unguessable tokens: 256 random bits from a cryptographic generator, base64url. */
public interface Secrets {
    String newToken();
}
