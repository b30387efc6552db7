package org.tdah.assistant.domain.identity;

import java.util.Locale;

/**
 * A short name for the device of a session, from its User-Agent, so that a person recognises
 * their sessions in a list ("Firefox on Linux", "Safari on iPhone"). Not an identification: user
 * agents are easy to forge.
 */
public final class DeviceLabel {
    static final int MAX_LENGTH = 60;

    private DeviceLabel() {}

    public static String fromUserAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String browser = firstMatch(agent,
                "edg/", "Edge", "opr/", "Opera", "firefox/", "Firefox", "chrome/", "Chrome",
                "safari/", "Safari", "curl/", "curl", "okhttp", "Android app", "java-http-client", "Java client",
                "python", "Python client");
        String system = firstMatch(agent,
                "iphone", "iPhone", "ipad", "iPad", "android", "Android", "windows", "Windows",
                "mac os", "macOS", "cros", "ChromeOS", "linux", "Linux");
        if (browser == null) {
            String cleaned = userAgent.strip().replaceAll("\\p{Cntrl}", "");
            return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(0, MAX_LENGTH);
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String firstMatch(String agent, String... markersAndNames) {
        for (int i = 0; i < markersAndNames.length; i += 2) {
            if (agent.contains(markersAndNames[i])) {
                return markersAndNames[i + 1];
            }
        }
        return null;
    }
}
