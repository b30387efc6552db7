package org.tdah.assistant.application.identity.port;

import org.tdah.assistant.domain.identity.PasswordHash;

/**
 * A slow, salted, one-way password hash. Implementations compare in constant time and never
 * truncate a password silently.
 */
public interface PasswordHasher {
    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);

    /** True when the hash was made with weaker settings than the current ones. */
    boolean needsRehash(PasswordHash hash);
}
