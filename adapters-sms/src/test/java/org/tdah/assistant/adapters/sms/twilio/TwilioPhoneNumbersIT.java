package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Message;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.sms.emulator.OwnedNumber;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.PhoneNumberProviderContract;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The real twilio-java SDK against the Twilio API emulator: the contract of
 * {@code PhoneNumberProvider}, then what Twilio itself is told and answers.
 */
class TwilioPhoneNumbersIT extends PhoneNumberProviderContract {
    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final PhoneNumber OUR_NUMBER = new PhoneNumber("+15005550006");
    private static final NumberWebhooks WEBHOOKS = NumberWebhooks.of(
            URI.create("https://assistant.example.org/sms/inbound?tenant=a%20b"),
            URI.create("https://assistant.example.org/sms/fallback"),
            URI.create("https://assistant.example.org/sms/number-status"));

    private TwilioApiEmulator emulator;
    private TwilioRestClient client;
    private TwilioPhoneNumbers numbers;

    @Override
    protected PhoneNumberProvider newProvider() {
        emulator = TwilioApiEmulator.start(ACCOUNT_SID, AUTH_TOKEN);
        client = TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, AUTH_TOKEN);
        numbers = new TwilioPhoneNumbers(client);
        return numbers;
    }

    @Override
    protected String aPricedMessage(String body) {
        SmsSendResult sent = new TwilioTextMessages(client, OUR_NUMBER, null)
                .send(new OutgoingSms(new PhoneNumber("+33612345678"), body));
        return ((SmsSendResult.Accepted) sent).providerMessageId();
    }

    @Override
    protected void takeTheProviderDown() {
        emulator.stop();
    }

    @AfterEach
    void stopTheEmulator() {
        emulator.stop();
    }

    @Test
    void a_bought_number_is_set_at_twilio_to_post_inbound_texts_to_our_webhooks() {
        PhoneNumber chosen = numbers.available("US", Optional.of("646"), 1).get(0).phoneNumber();

        ProvisionedNumber bought = numbers.buy(chosen, WEBHOOKS);

        assertThat(emulator.numbers()).singleElement().satisfies(owned -> {
            assertThat(owned.sid()).isEqualTo(bought.providerSid()).matches("PN[0-9a-f]{32}");
            assertThat(owned.phoneNumber()).isEqualTo("+16465550100");
            assertThat(owned.smsUrl()).isEqualTo(WEBHOOKS.smsUrl());
            assertThat(owned.smsMethod()).isEqualTo("POST");
            assertThat(owned.smsFallbackUrl()).isEqualTo(WEBHOOKS.smsFallbackUrl());
            assertThat(owned.statusCallback()).isEqualTo(WEBHOOKS.statusCallback());
        });
    }

    @Test
    void configuring_a_number_without_a_fallback_clears_its_fallback_at_twilio() {
        ProvisionedNumber bought = numbers.buy(new PhoneNumber("+14155550199"), WEBHOOKS);
        NumberWebhooks withoutFallback = new NumberWebhooks(URI.create("https://assistant.example.org/sms/v2"), null, null);

        ProvisionedNumber configured = numbers.configure(bought.providerSid(), withoutFallback);

        assertThat(configured.webhooks()).isEqualTo(withoutFallback);
        assertThat(emulator.numbers()).singleElement().satisfies(owned -> {
            assertThat(owned.smsUrl()).isEqualTo(URI.create("https://assistant.example.org/sms/v2"));
            assertThat(owned.smsFallbackUrl()).isNull();
            assertThat(owned.statusCallback()).isNull();
        });
    }

    @Test
    void configuring_a_number_set_to_get_its_texts_by_get_sets_it_back_to_post() {
        ProvisionedNumber bought = numbers.buy(new PhoneNumber("+14155550199"), WEBHOOKS);
        IncomingPhoneNumber.updater(bought.providerSid()).setSmsMethod(HttpMethod.GET).update(client);

        numbers.configure(bought.providerSid(), WEBHOOKS);

        assertThat(emulator.numbers()).singleElement().extracting(OwnedNumber::smsMethod).isEqualTo("POST");
    }

    @Test
    void a_released_number_is_gone_from_the_account() {
        ProvisionedNumber bought = numbers.buy(new PhoneNumber("+14155550199"), WEBHOOKS);

        numbers.release(bought.providerSid());

        assertThat(emulator.numbers()).isEmpty();
    }

    @Test
    void twilios_negative_price_of_a_two_segment_message_is_a_cost_of_two_segments() {
        String sid = aPricedMessage("a".repeat(161));

        assertThat(numbers.priceOf(sid)).hasValueSatisfying(price -> {
            assertThat(price.price()).isEqualByComparingTo(new BigDecimal("0.01580"));
            assertThat(price.segments()).isEqualTo(2);
        });
    }

    @Test
    void a_message_twilio_failed_to_send_has_no_price() throws InterruptedException {
        Message failed = Message.creator(new com.twilio.type.PhoneNumber("+15005559008"),
                new com.twilio.type.PhoneNumber(OUR_NUMBER.value()), "Bonjour")
                .setStatusCallback(URI.create("http://127.0.0.1:1/unreachable")).create(client);
        for (int i = 0; i < 100 && Message.fetcher(failed.getSid()).fetch(client).getStatus() != Message.Status.FAILED; i++) {
            Thread.sleep(50);
        }

        assertThat(Message.fetcher(failed.getSid()).fetch(client).getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(numbers.priceOf(failed.getSid())).isEmpty();
    }

    @Test
    void a_country_without_local_numbers_offers_none() {
        assertThat(numbers.available("ZZ", Optional.empty(), 5)).isEmpty();
    }

    @Test
    void a_twilio_that_answers_503_makes_the_purchase_unavailable_and_buys_nothing() {
        emulator.failAllRequests(503, 20503);

        assertThatThrownBy(() -> numbers.buy(new PhoneNumber("+14155550199"), WEBHOOKS))
                .isInstanceOf(DependencyUnavailableException.class);
        emulator.stopFailing();
        assertThat(emulator.numbers()).isEmpty();
    }

    @Test
    void refused_credentials_make_twilio_unavailable_rather_than_the_number_unknown() {
        TwilioPhoneNumbers wrongToken = new TwilioPhoneNumbers(
                TwilioClients.forEmulator(emulator.baseUri(), ACCOUNT_SID, "not-the-token"));

        assertThatThrownBy(() -> wrongToken.fetch("PN" + "0".repeat(32))).isInstanceOf(DependencyUnavailableException.class);
    }
}
