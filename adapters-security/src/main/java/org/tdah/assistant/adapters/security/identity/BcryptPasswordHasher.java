package org.tdah.assistant.adapters.security.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.domain.identity.PasswordHash;

/**
 * bcrypt ($2b$) with a configurable cost. Passwords are hashed as UTF-8 bytes; those of 71 bytes
 * or more (bcrypt reads at most 72, one of which this library keeps for the terminator) are first
 * reduced with SHA-512, so that no two long passwords sharing their first 72 bytes hash alike
 * (docs/decisions/0004-long-passwords-and-bcrypt.md).
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, new SecureRandom(), LONG_PASSWORDS);
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LONG_PASSWORDS);

    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost is between " + BCrypt.MIN_COST + " and " + BCrypt.MAX_COST);
        }
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(String password) {
        byte[] hash = hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8));
        return new PasswordHash(new String(hash, StandardCharsets.US_ASCII));
    }

    @Override
    public boolean matches(String password, PasswordHash hash) {
        BCrypt.Result result = verifyer.verify(
                password.getBytes(StandardCharsets.UTF_8), hash.encoded().getBytes(StandardCharsets.US_ASCII));
        return result.validFormat && result.verified;
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length < 4 || !parts[1].equals("2b")) {
            return true;
        }
        try {
            return Integer.parseInt(parts[2]) < cost;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }
}
