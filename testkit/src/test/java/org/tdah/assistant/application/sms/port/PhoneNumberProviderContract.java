package org.tdah.assistant.application.sms.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.AvailableNumber;
import org.tdah.assistant.application.sms.NumberNotAvailableException;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.application.sms.UnknownNumberException;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.sms.TwilioTestNumbers;

/**
 * What every implementation of {@link PhoneNumberProvider} must do: offer numbers for sale by
 * country and area code, sell each once with its webhooks, reconfigure and release ours, and tell
 * a sent message's price and segments. Unreachable providers throw
 * {@link DependencyUnavailableException}. The numbers for sale are those the Twilio API emulator
 * offers (see {@code FakePhoneNumberProvider}).
 */
public abstract class PhoneNumberProviderContract {
    private static final NumberWebhooks WEBHOOKS = NumberWebhooks.of(
            URI.create("https://assistant.example.org/sms/inbound"),
            URI.create("https://assistant.example.org/sms/inbound-fallback"),
            URI.create("https://assistant.example.org/sms/number-status"));
    private static final NumberWebhooks OTHER_WEBHOOKS = NumberWebhooks.of(
            URI.create("https://eu.assistant.example.org/sms/inbound?tenant=7"),
            URI.create("https://eu.assistant.example.org/sms/fallback"),
            URI.create("https://eu.assistant.example.org/sms/status"));
    private static final String UNKNOWN_SID = "PN" + "0".repeat(32);
    private static final String SHORT_BODY = "Rappel : appeler le dentiste";

    private PhoneNumberProvider provider;

    /** A provider that is up, where we own no number yet. */
    protected abstract PhoneNumberProvider newProvider();

    /** Sends {@code body} to someone from our number; the provider has priced it. Its id. */
    protected abstract String aPricedMessage(String body);

    /** Makes the provider unreachable for the rest of the test. */
    protected abstract void takeTheProviderDown();

    @BeforeEach
    void setUpProvider() {
        provider = newProvider();
    }

    @Test
    void numbers_for_sale_are_in_the_area_code_asked_for_and_no_more_than_the_limit() {
        List<AvailableNumber> numbers = provider.available("US", Optional.of("212"), 3);

        assertThat(numbers).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(number -> {
                    assertThat(number.phoneNumber().value()).startsWith("+1212");
                    assertThat(number.country()).isEqualTo("US");
                });
    }

    @Test
    void numbers_for_sale_in_france_are_french() {
        assertThat(provider.available("FR", Optional.empty(), 2))
                .hasSize(2).allSatisfy(number -> assertThat(number.phoneNumber().value()).startsWith("+33"));
    }

    @Test
    void an_area_code_without_numbers_for_sale_offers_none() {
        assertThat(provider.available("US", Optional.of(TwilioTestNumbers.AREA_CODE_WITHOUT_NUMBERS), 5)).isEmpty();
    }

    @Test
    void a_bought_number_is_ours_with_its_webhooks_and_is_no_longer_for_sale() {
        PhoneNumber chosen = provider.available("US", Optional.of("415"), 1).get(0).phoneNumber();

        ProvisionedNumber bought = provider.buy(chosen, WEBHOOKS);

        assertThat(bought.phoneNumber()).isEqualTo(chosen);
        assertThat(bought.webhooks()).isEqualTo(WEBHOOKS);
        assertThat(bought.providerSid()).startsWith("PN");
        assertThat(provider.fetch(bought.providerSid())).contains(bought);
        assertThat(provider.available("US", Optional.of("415"), 30))
                .extracting(AvailableNumber::phoneNumber).doesNotContain(chosen);
    }

    @Test
    void each_bought_number_gets_an_id_of_its_own() {
        List<AvailableNumber> two = provider.available("US", Optional.of("415"), 2);

        ProvisionedNumber first = provider.buy(two.get(0).phoneNumber(), WEBHOOKS);
        ProvisionedNumber second = provider.buy(two.get(1).phoneNumber(), WEBHOOKS);

        assertThat(first.providerSid()).isNotEqualTo(second.providerSid());
    }

    @Test
    void a_number_we_already_own_cannot_be_bought_again() {
        PhoneNumber chosen = provider.available("US", Optional.of("415"), 1).get(0).phoneNumber();
        provider.buy(chosen, WEBHOOKS);

        assertThatThrownBy(() -> provider.buy(chosen, OTHER_WEBHOOKS)).isInstanceOf(NumberNotAvailableException.class);
    }

    @Test
    void a_number_that_is_not_for_sale_cannot_be_bought() {
        assertThatThrownBy(() -> provider.buy(TwilioTestNumbers.NOT_FOR_SALE, WEBHOOKS))
                .isInstanceOf(NumberNotAvailableException.class);
    }

    @Test
    void a_configured_number_calls_its_new_webhooks_and_keeps_its_number() {
        ProvisionedNumber bought = provider.buy(provider.available("FR", Optional.empty(), 1).get(0).phoneNumber(), WEBHOOKS);

        ProvisionedNumber configured = provider.configure(bought.providerSid(), OTHER_WEBHOOKS);

        assertThat(configured).isEqualTo(new ProvisionedNumber(bought.providerSid(), bought.phoneNumber(), OTHER_WEBHOOKS));
        assertThat(provider.fetch(bought.providerSid())).contains(configured);
    }

    @Test
    void a_number_that_is_not_ours_cannot_be_configured() {
        assertThatThrownBy(() -> provider.configure(UNKNOWN_SID, WEBHOOKS)).isInstanceOf(UnknownNumberException.class);
    }

    @Test
    void a_number_that_is_not_ours_is_not_found() {
        assertThat(provider.fetch(UNKNOWN_SID)).isEmpty();
    }

    @Test
    void a_released_number_is_no_longer_ours_and_is_for_sale_again() {
        PhoneNumber chosen = provider.available("US", Optional.of("415"), 1).get(0).phoneNumber();
        ProvisionedNumber bought = provider.buy(chosen, WEBHOOKS);

        provider.release(bought.providerSid());

        assertThat(provider.fetch(bought.providerSid())).isEmpty();
        assertThat(provider.available("US", Optional.of("415"), 1)).extracting(AvailableNumber::phoneNumber).containsExactly(chosen);
    }

    @Test
    void releasing_a_number_twice_does_nothing_the_second_time() {
        ProvisionedNumber bought = provider.buy(provider.available("US", Optional.empty(), 1).get(0).phoneNumber(), WEBHOOKS);
        provider.release(bought.providerSid());

        assertThatCode(() -> provider.release(bought.providerSid())).doesNotThrowAnyException();
    }

    @Test
    void a_sent_message_has_a_positive_price_in_dollars_and_its_segment_count() {
        String shortOne = aPricedMessage(SHORT_BODY);
        String longOne = aPricedMessage("a".repeat(200));

        assertThat(provider.priceOf(shortOne)).hasValueSatisfying(price -> {
            assertThat(price.segments()).isEqualTo(1);
            assertThat(price.currency()).isEqualTo("USD");
            assertThat(price.price()).isGreaterThan(BigDecimal.ZERO);
        });
        assertThat(provider.priceOf(longOne)).hasValueSatisfying(price -> {
            assertThat(price.segments()).isEqualTo(2);
            assertThat(price.price()).isGreaterThan(provider.priceOf(shortOne).orElseThrow().price());
        });
    }

    @Test
    void a_message_the_provider_does_not_know_has_no_price() {
        assertThat(provider.priceOf("SM" + "0".repeat(32))).isEmpty();
    }

    @Test
    void a_provider_that_cannot_be_reached_throws_dependency_unavailable() {
        takeTheProviderDown();

        assertThatThrownBy(() -> provider.available("US", Optional.empty(), 1)).isInstanceOf(DependencyUnavailableException.class);
        assertThatThrownBy(() -> provider.fetch(UNKNOWN_SID)).isInstanceOf(DependencyUnavailableException.class);
        assertThatThrownBy(() -> provider.priceOf("SM" + "0".repeat(32))).isInstanceOf(DependencyUnavailableException.class);
    }
}
