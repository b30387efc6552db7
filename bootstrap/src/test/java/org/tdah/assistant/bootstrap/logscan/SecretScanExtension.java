package org.tdah.assistant.bootstrap.logscan;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class during which a secret was logged, naming each line (the secret masked), the
 * logger and the thread. Registered for every test class of this module by service loading
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}, with
 * {@code junit.jupiter.extensions.autodetection.enabled} in {@code junit-platform.properties}), so
 * no test can forget it. Lines logged between two classes count for the next one.
 */
public final class SecretScanExtension implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        SecretScan.install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<SecretScan.Hit> hits = SecretScan.takeHits();
        if (!hits.isEmpty()) {
            throw new AssertionError(hits.size() + " log line(s) held a secret during " + context.getDisplayName()
                    + ":" + hits.stream().map(hit -> "\n  " + hit).collect(Collectors.joining()));
        }
    }
}
