package org.tdah.assistant.application.identity.inmemory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.domain.identity.PasswordHash;

/**
 * A salted SHA-256 "hash" that is fast on purpose, so that scenario tests do not spend their time
 * in bcrypt. Never use it outside tests: it is far too fast to resist guessing.
 */
public final class FastInsecurePasswordHasher implements PasswordHasher {
    private static final String PREFIX = "test-sha256$";
    private final SecureRandom random = new SecureRandom();

    @Override
    public PasswordHash hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String encodedSalt = Base64.getEncoder().encodeToString(salt);
        return new PasswordHash(PREFIX + encodedSalt + "$" + digest(encodedSalt, password));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        String[] parts = hash.encoded().substring(PREFIX.length()).split("\\$");
        return MessageDigest.isEqual(
                digest(parts[0], password).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
