package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck.Result;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;

/** The health check through the real twilio-java SDK against the Twilio API emulator. */
class TwilioHealthCheckIT {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final String WRONG_TOKEN = "not-the-token-9c1e";

    private TwilioApiEmulator emulator;
    private TwilioRestClient client;

    @BeforeEach
    void startTheEmulator() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
        client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN);
    }

    @AfterEach
    void stopTheEmulator() {
        emulator.stop();
    }

    @Test
    void an_active_account_read_with_the_right_credentials_is_healthy_with_its_status() {
        Result result = new TwilioHealthCheck(client).execute();

        assertThat(result.isHealthy()).as(result.getMessage()).isTrue();
        assertThat(result.getMessage()).contains("active").doesNotContain(AUTH_TOKEN);
        assertThat(emulator.sent()).as("a health check sends nothing").isEmpty();
    }

    @Test
    void the_emulator_answers_the_account_resource_as_twilio_does_without_echoing_the_token() {
        Account account = Account.fetcher(ACCOUNT_SID).fetch(client);

        assertThat(account.getSid()).isEqualTo(ACCOUNT_SID);
        assertThat(account.getOwnerAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(account.getStatus()).isEqualTo(Account.Status.ACTIVE);
        assertThat(account.getType()).isEqualTo(Account.Type.FULL);
        assertThat(account.getFriendlyName()).isNotBlank();
        assertThat(account.getDateCreated()).isNotNull();
        assertThat(account.getUri()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + ".json");
        assertThat(account.getAuthToken()).isNotBlank().isNotEqualTo(AUTH_TOKEN);
    }

    @Test
    void a_wrong_auth_token_is_unhealthy_as_refused_credentials_without_the_token_in_the_message() {
        TwilioRestClient wrongToken = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, WRONG_TOKEN);

        Result result = new TwilioHealthCheck(wrongToken).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("credentials").contains("401").contains("20003")
                .doesNotContain(WRONG_TOKEN).doesNotContain(AUTH_TOKEN);
        assertThat(result.getError()).isNull();
    }

    @Test
    void credentials_of_another_account_are_unhealthy() {
        TwilioRestClient otherAccount =
                TwilioClients.forEmulator(emulator.baseUri(), "ACffffffffffffffffffffffffffffffff", AUTH_TOKEN);

        Result result = new TwilioHealthCheck(otherAccount).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("credentials").doesNotContain(AUTH_TOKEN);
    }

    @Test
    void a_stopped_emulator_is_unhealthy_as_unreachable() {
        emulator.stop();

        Result result = new TwilioHealthCheck(client).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("cannot be reached").doesNotContain(AUTH_TOKEN);
    }

    @Test
    void twilio_answering_503_is_unhealthy_after_the_sdks_retries() {
        emulator.failAllRequests(503, 20503);

        Result result = new TwilioHealthCheck(client).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("503").contains("20503").doesNotContain(AUTH_TOKEN);
    }

    @Test
    void a_suspended_account_is_unhealthy_because_it_sends_no_text() {
        emulator.accountStatus("suspended");

        Result result = new TwilioHealthCheck(client).execute();

        assertThat(result.isHealthy()).isFalse();
        assertThat(result.getMessage()).contains("suspended");
    }

    @Test
    void the_check_recovers_once_twilio_answers_again() {
        emulator.failAllRequests(500, 20500);
        assertThat(new TwilioHealthCheck(client).execute().isHealthy()).isFalse();

        emulator.stopFailing();

        assertThat(new TwilioHealthCheck(client).execute().isHealthy()).isTrue();
    }
}
