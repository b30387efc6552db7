package org.tdah.assistant.bootstrap.logscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.TestApplication;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The log scan can fail: with the application running (Dropwizard reconfigured logging when it
 * started), a line holding a secret the tests learned, or shaped like a token, is caught and masked;
 * a test class during which one is logged fails, naming the line without the secret.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SecretScanIT {
    private static final String PLANTED = "org.tdah.assistant.planted";
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static List<SecretScan.Hit> plantedHits() {
        return SecretScan.takeHits(hit -> hit.source().contains(PLANTED));
    }

    @Test
    void a_line_of_the_running_application_with_a_known_secret_or_a_token_shape_is_caught_masked_and_no_other() {
        assertThat(APP.getLocalPort()).as("the application is running").isPositive();
        String password = "planted-password-91c4";
        String jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhY2NvdW50LTEifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";
        String refreshToken = "q3Zx9vB2kLmN4pRsT6uVwY8aC0dEfGhIjK1lMnOpQr7";
        SecretScan.rememberSecretsIn("{\"refreshToken\":\"" + refreshToken + "\",\"tokenType\":\"Bearer\"}");
        SecretScan.remember(password);

        LoggerFactory.getLogger(PLANTED).info("Signed in with {}", password);
        LoggerFactory.getLogger(PLANTED).warn("Authorization: Bearer {}", jwt);
        LoggerFactory.getLogger(PLANTED).error("Refresh refused for {}", refreshToken,
                new IllegalStateException("token " + refreshToken));
        LoggerFactory.getLogger(PLANTED).info("Request 0b5c43e6-9d2e-4c4e-8f0a-2f1d6c7e9a11 answered 200 in 12 ms");
        LoggerFactory.getLogger(PLANTED).info("Token type Bearer, QR code at /api/v1/mfa/totp/qr.png");
        LoggerFactory.getLogger(PLANTED).info("New signing key Wv3lY0bq0vJ0n8m5s3p0FZl1m2sJc6qk0b2t7yQd4xE is in service");

        List<SecretScan.Hit> hits = plantedHits();
        assertThat(hits).hasSize(3);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.maskedLine()).contains("<secret of ")
                .doesNotContain(password).doesNotContain(jwt).doesNotContain(refreshToken));
        assertThat(hits.get(0).source()).startsWith("INFO " + PLANTED);
    }

    @Test
    void a_test_class_during_which_a_secret_is_logged_fails_naming_the_line_without_the_secret() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(LeakingFixture.class))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .build(), listener);

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsSucceededCount()).as("the leaking test itself passes").isEqualTo(1);
        assertThat(summary.getFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.getTestIdentifier().isContainer()).as("the class fails").isTrue();
            assertThat(failure.getException()).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("1 log line(s) held a secret during LeakingFixture")
                    .hasMessageContaining("WARN " + LeakingFixture.LOGGER)
                    .hasMessageContaining("Login failed for sam@example.org with password <secret of 23 characters>")
                    .message().doesNotContain(LeakingFixture.SECRET);
        });
    }

    @Test
    void the_process_output_of_a_packaged_jar_is_inspected_line_by_line() throws Exception {
        java.nio.file.Path output = java.nio.file.Files.createTempFile("dev", ".log");
        try {
            java.nio.file.Files.writeString(output, "started\nTWILIO_AUTH_TOKEN=dev-twilio-auth-token\nstopped\n");

            SecretScan.inspectOutput(PLANTED + " process", output);

            assertThat(plantedHits()).singleElement().extracting(SecretScan.Hit::maskedLine)
                    .isEqualTo("TWILIO_AUTH_TOKEN=<secret of 21 characters>");
        } finally {
            java.nio.file.Files.delete(output);
        }
    }
}
