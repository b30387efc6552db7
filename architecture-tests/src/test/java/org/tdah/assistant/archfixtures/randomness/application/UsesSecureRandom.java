package org.tdah.assistant.archfixtures.randomness.application;

public class UsesSecureRandom {
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    public byte[] token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }
}
