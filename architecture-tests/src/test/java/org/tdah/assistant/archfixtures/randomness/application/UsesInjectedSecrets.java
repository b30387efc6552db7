package org.tdah.assistant.archfixtures.randomness.application;

/** Keeps the rule: randomness from a port it is given. */
public class UsesInjectedSecrets {
    public interface Secrets {
        String newToken();
    }

    public String token(Secrets secrets) {
        return secrets.newToken();
    }
}
