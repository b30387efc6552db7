package org.tdah.assistant.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpMailboxSettingsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void the_password_never_shows_in_the_settings_text() {
        SmtpMailbox.Settings settings = new SmtpMailbox.Settings(
                "smtp.example.org", 587, "assistant", "hunter2-s3cret", "no-reply@example.org", TIMEOUT, true);

        assertThat(settings.toString())
                .doesNotContain("hunter2-s3cret")
                .contains("smtp.example.org", "587", "assistant", "password=***", "requireTls=true");
    }

    @Test
    void a_blank_username_means_no_authentication() {
        SmtpMailbox.Settings settings = new SmtpMailbox.Settings(
                "smtp.example.org", 25, "  ", null, "no-reply@example.org", TIMEOUT, false);

        assertThat(settings.username()).isNull();
    }

    @Test
    void a_username_without_a_password_is_refused() {
        assertThatThrownBy(() -> new SmtpMailbox.Settings(
                "smtp.example.org", 587, "assistant", null, "no-reply@example.org", TIMEOUT, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_sender_may_carry_a_display_name_but_must_be_one_ascii_address_with_a_domain() {
        from("Assistant TDAH <no-reply@example.org>");

        assertThatThrownBy(() -> from("no-reply")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> from("a@example.org, b@example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> from("léa@example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_port_outside_tcp_range_a_blank_host_or_a_timeout_under_a_millisecond_is_refused() {
        assertThatThrownBy(() -> server("smtp.example.org", 0, TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server("smtp.example.org", 65_536, TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server(" ", 25, TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server("smtp.example.org", 25, Duration.ofNanos(999_999)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SmtpMailbox.Settings from(String from) {
        return new SmtpMailbox.Settings("smtp.example.org", 25, null, null, from, TIMEOUT, false);
    }

    private static SmtpMailbox.Settings server(String host, int port, Duration timeout) {
        return new SmtpMailbox.Settings(host, port, null, null, "a@example.org", timeout, false);
    }
}
