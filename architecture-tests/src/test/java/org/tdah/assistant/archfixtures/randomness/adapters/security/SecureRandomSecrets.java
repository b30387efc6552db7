package org.tdah.assistant.archfixtures.randomness.adapters.security;

/** Keeps the rule: an adapter draws randomness from the JDK for the core. */
public class SecureRandomSecrets {
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    public int next() {
        return random.nextInt();
    }
}
