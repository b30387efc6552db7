package org.tdah.assistant.bootstrap.logscan;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A test class that logs a secret it knows, run only by {@link SecretScanIT} (its name matches
 * neither the surefire nor the failsafe patterns), to show that the scan fails such a class.
 */
class LeakingFixture {
    static final String LOGGER = "org.tdah.assistant.leaking-fixture";
    static final String SECRET = "fixture-password-5d1e77";

    @Test
    void logs_a_password_it_was_given() {
        SecretScan.remember(SECRET);
        LoggerFactory.getLogger(LOGGER).warn("Login failed for sam@example.org with password {}", SECRET);
    }
}
