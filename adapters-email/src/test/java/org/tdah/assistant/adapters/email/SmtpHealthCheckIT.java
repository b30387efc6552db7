package org.tdah.assistant.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.adapters.email.Fixtures.aClosedPort;

import com.codahale.metrics.health.HealthCheck.Result;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpHealthCheckIT {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("assistant@example.org", "assistant", "s3cret"));

    @Test
    void a_server_that_accepts_the_connection_and_the_credentials_is_healthy_and_receives_no_mail() {
        Result result = new SmtpHealthCheck(Fixtures.withCredentials(host(), port(), "assistant", "s3cret")).execute();

        assertThat(result.isHealthy()).as(result.getMessage()).isTrue();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_server_that_is_down_is_unhealthy_with_the_reason() {
        Result result = new SmtpHealthCheck(Fixtures.plain("127.0.0.1", aClosedPort())).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).startsWith("the SMTP server cannot be used: ").containsIgnoringCase("connection refused");
    }

    @Test
    void refused_credentials_are_unhealthy_with_the_reason() {
        Result result = new SmtpHealthCheck(Fixtures.withCredentials(host(), port(), "assistant", "wrong")).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("535").doesNotContain("wrong");
    }

    @Test
    void a_server_without_starttls_is_unhealthy_when_tls_is_required() {
        Result result = new SmtpHealthCheck(Fixtures.requiringTls(host(), port())).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("STARTTLS");
    }

    private static String host() {
        return greenMail.getSmtp().getBindTo();
    }

    private static int port() {
        return greenMail.getSmtp().getPort();
    }
}
