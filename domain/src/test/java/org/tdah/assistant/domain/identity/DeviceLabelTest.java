package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceLabelTest {
    @Test
    void common_browsers_are_named_with_their_system() {
        assertThat(DeviceLabel.fromUserAgent(
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).isEqualTo("Firefox on Linux");
        assertThat(DeviceLabel.fromUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
        assertThat(DeviceLabel.fromUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge on Windows");
        assertThat(DeviceLabel.fromUserAgent("curl/7.88.1")).isEqualTo("curl");
    }

    @Test
    void unknown_agents_are_shown_shortened_and_missing_ones_named_as_unknown() {
        assertThat(DeviceLabel.fromUserAgent("MyAssistantApp/2.0")).isEqualTo("MyAssistantApp/2.0");
        assertThat(DeviceLabel.fromUserAgent("x".repeat(300))).hasSize(DeviceLabel.MAX_LENGTH);
        assertThat(DeviceLabel.fromUserAgent(null)).isEqualTo("Unknown device");
    }
}
