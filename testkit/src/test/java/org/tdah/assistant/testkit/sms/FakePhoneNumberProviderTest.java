package org.tdah.assistant.testkit.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.PhoneNumberProviderContract;

class FakePhoneNumberProviderTest extends PhoneNumberProviderContract {
    private FakePhoneNumberProvider provider;
    private int messages;

    @Override
    protected PhoneNumberProvider newProvider() {
        provider = new FakePhoneNumberProvider();
        return provider;
    }

    @Override
    protected String aPricedMessage(String body) {
        String id = "SM%032x".formatted(++messages);
        int segments = body.length() <= 160 ? 1 : (body.length() + 152) / 153;
        provider.priced(id, new MessagePrice(new BigDecimal("0.00790").multiply(BigDecimal.valueOf(segments)), "USD", segments));
        return id;
    }

    @Override
    protected void takeTheProviderDown() {
        provider.setDown(true);
    }

    @Test
    void the_numbers_we_own_are_listed_in_the_order_they_were_bought() {
        var numbers = provider.available("US", Optional.of("646"), 2);
        NumberWebhooks webhooks = new NumberWebhooks(URI.create("https://assistant.example.org/sms/inbound"), null, null);

        provider.buy(numbers.get(1).phoneNumber(), webhooks);
        provider.buy(numbers.get(0).phoneNumber(), webhooks);

        assertThat(provider.owned()).extracting(number -> number.phoneNumber())
                .containsExactly(numbers.get(1).phoneNumber(), numbers.get(0).phoneNumber());
    }
}
