package org.tdah.assistant.bootstrap.logscan;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the watch for secrets when the test run starts, before any test class (and its static
 * servers) logs its first line. Registered by service loading
 * ({@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}).
 */
public final class SecretScanSession implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SecretScan.install();
    }
}
