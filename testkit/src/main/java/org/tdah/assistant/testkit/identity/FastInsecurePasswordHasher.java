package org.tdah.assistant.testkit.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.domain.identity.PasswordHash;

/**
 * A salted, iterated SHA-256 "hash" that is fast on purpose, so that scenario tests do not spend
 * their time in bcrypt. The number of rounds plays the part of bcrypt's cost. Never use it outside
 * tests: it is far too fast to resist guessing.
 */
public final class FastInsecurePasswordHasher implements PasswordHasher {
    private static final String PREFIX = "test-sha256";
    private final SecureRandom random = new SecureRandom();
    private final int rounds;

    public FastInsecurePasswordHasher() {
        this(2);
    }

    public FastInsecurePasswordHasher(int rounds) {
        this.rounds = rounds;
    }

    @Override
    public PasswordHash hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        return new PasswordHash(
                String.join("$", PREFIX, Integer.toString(rounds), encodedSalt, digest(rounds, encodedSalt, password)));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(
                digest(Integer.parseInt(parts[1]), parts[2], password).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        return parts.length != 4 || !parts[0].equals(PREFIX) || Integer.parseInt(parts[1]) < rounds;
    }

    private static String digest(int rounds, String salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] state = password.getBytes(StandardCharsets.UTF_8);
            for (int round = 0; round < rounds; round++) {
                sha256.update(salt.getBytes(StandardCharsets.US_ASCII));
                state = sha256.digest(state);
            }
            return Base64.getEncoder().encodeToString(state);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
