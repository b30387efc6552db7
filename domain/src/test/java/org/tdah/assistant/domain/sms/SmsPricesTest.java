package org.tdah.assistant.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsPrices.Rate;
import org.tdah.assistant.domain.sms.SmsPrices.Tariff;

class SmsPricesTest {
    private static final PhoneNumber US = new PhoneNumber("+14155550100");
    private static final PhoneNumber FRANCE = new PhoneNumber("+33612345678");
    private static final PhoneNumber UK = new PhoneNumber("+447700900123");
    private static final PhoneNumber JAMAICA = new PhoneNumber("+18765550100");

    private static final SmsPrices PRICES = new SmsPrices("EUR",
            new Tariff(amount("0.05"), amount("0.01"), amount("2")),
            List.of(new Rate("+1", amount("0.0079"), amount("0.0079"), amount("1.15")),
                    new Rate("+1876", amount("0.10"), amount("0.02"), amount("3.00")),
                    new Rate("+33", amount("0.0798"), amount("0"), amount("1.00"))));

    @Test
    void an_outbound_estimate_is_the_outbound_price_per_segment_times_the_segments() {
        assertThat(PRICES.estimate(SmsDirection.OUTBOUND, FRANCE, 3)).isEqualByComparingTo("0.2394");
    }

    @Test
    void an_inbound_estimate_is_the_inbound_price_per_segment_times_the_segments() {
        assertThat(PRICES.estimate(SmsDirection.INBOUND, US, 2)).isEqualByComparingTo("0.0158");
        assertThat(PRICES.estimate(SmsDirection.INBOUND, FRANCE, 2)).isEqualByComparingTo("0");
    }

    @Test
    void no_segment_costs_nothing_and_a_negative_count_is_refused() {
        assertThat(PRICES.estimate(SmsDirection.OUTBOUND, US, 0)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> PRICES.estimate(SmsDirection.OUTBOUND, US, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_longest_prefix_of_our_number_wins() {
        assertThat(PRICES.estimate(SmsDirection.OUTBOUND, JAMAICA, 1)).isEqualByComparingTo("0.10");
        assertThat(PRICES.monthlyFee(JAMAICA)).isEqualByComparingTo("3.00");
        assertThat(PRICES.monthlyFee(US)).isEqualByComparingTo("1.15");
    }

    @Test
    void the_longest_prefix_wins_whatever_the_order_of_the_rates() {
        var reversed = new ArrayList<>(PRICES.rates());
        Collections.reverse(reversed);
        var prices = new SmsPrices("EUR", PRICES.fallback(), reversed);
        assertThat(prices.monthlyFee(JAMAICA)).isEqualByComparingTo("3.00");
        assertThat(prices.monthlyFee(US)).isEqualByComparingTo("1.15");
    }

    @Test
    void a_number_no_prefix_matches_gets_the_fallback_tariff() {
        assertThat(PRICES.tariff(UK)).isEqualTo(PRICES.fallback());
        assertThat(PRICES.estimate(SmsDirection.OUTBOUND, UK, 2)).isEqualByComparingTo("0.10");
        assertThat(PRICES.estimate(SmsDirection.INBOUND, UK, 2)).isEqualByComparingTo("0.02");
        assertThat(PRICES.monthlyFee(UK)).isEqualByComparingTo("2");
    }

    @Test
    void a_prefix_matches_from_the_start_of_the_number_only() {
        var prices = new SmsPrices("USD", PRICES.fallback(),
                List.of(new Rate("+44", amount("0.04"), amount("0"), amount("1"))));
        assertThat(prices.monthlyFee(new PhoneNumber("+33644000000"))).isEqualByComparingTo("2");
        assertThat(prices.monthlyFee(UK)).isEqualByComparingTo("1");
    }

    @Test
    void the_table_has_one_currency() {
        assertThat(PRICES.currency()).isEqualTo("EUR");
    }

    @Test
    void the_defaults_are_twilio_s_us_list_prices_in_dollars_and_france_s_for_plus_33() {
        var defaults = SmsPrices.defaults();
        assertThat(defaults.currency()).isEqualTo("USD");
        assertThat(defaults.estimate(SmsDirection.OUTBOUND, US, 1)).isEqualByComparingTo("0.0079");
        assertThat(defaults.estimate(SmsDirection.INBOUND, US, 1)).isEqualByComparingTo("0.0079");
        assertThat(defaults.monthlyFee(US)).isEqualByComparingTo("1.15");
        assertThat(defaults.estimate(SmsDirection.OUTBOUND, UK, 2)).isEqualByComparingTo("0.0158");
        assertThat(defaults.estimate(SmsDirection.OUTBOUND, FRANCE, 2)).isEqualByComparingTo("0.1596");
        assertThat(defaults.estimate(SmsDirection.INBOUND, FRANCE, 2)).isEqualByComparingTo("0");
        assertThat(defaults.monthlyFee(FRANCE)).isEqualByComparingTo("1.00");
    }

    @Test
    void a_tariff_gives_the_price_per_segment_of_each_direction() {
        var tariff = new Tariff(amount("0.3"), amount("0.1"), amount("5"));
        assertThat(tariff.perSegment(SmsDirection.OUTBOUND)).isEqualByComparingTo("0.3");
        assertThat(tariff.perSegment(SmsDirection.INBOUND)).isEqualByComparingTo("0.1");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"+1", "+33", "+447", "+1876"})
    void a_prefix_is_a_plus_and_one_to_four_digits(String prefix) {
        assertThat(new Rate(prefix, amount("0"), amount("0"), amount("0")).prefix()).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "+", "33", "+18765", "+3a", " +33", "+33 ", "++33", "-33"})
    void any_other_prefix_is_refused(String prefix) {
        assertThatThrownBy(() -> new Rate(prefix, amount("0"), amount("0"), amount("0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rate_without_a_prefix_is_refused() {
        assertThatThrownBy(() -> new Rate(null, amount("0"), amount("0"), amount("0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negative_or_missing_amounts_are_refused() {
        var negative = amount("-0.0001");
        assertThatThrownBy(() -> new Rate("+1", negative, amount("0"), amount("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate("+1", amount("0"), negative, amount("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate("+1", amount("0"), amount("0"), negative)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate("+1", null, amount("0"), amount("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(negative, amount("0"), amount("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(amount("0"), negative, amount("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(amount("0"), amount("0"), negative)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(amount("0"), amount("0"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_rates_for_one_prefix_are_refused() {
        var rate = new Rate("+33", amount("0.07"), amount("0"), amount("1"));
        var other = new Rate("+33", amount("0.08"), amount("0"), amount("1"));
        assertThatThrownBy(() -> new SmsPrices("USD", PRICES.fallback(), List.of(rate, other)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"usd", "US", "USDX", "XYZ", "", "€"})
    void a_currency_that_is_no_iso_4217_code_is_refused(String currency) {
        assertThatThrownBy(() -> new SmsPrices(currency, PRICES.fallback(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_table_without_a_fallback_or_currency_is_refused() {
        assertThatThrownBy(() -> new SmsPrices("USD", null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SmsPrices(null, PRICES.fallback(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_rates_cannot_be_changed_after_the_table_is_made() {
        var rates = new ArrayList<Rate>();
        var prices = new SmsPrices("USD", PRICES.fallback(), rates);
        rates.add(new Rate("+44", amount("9"), amount("9"), amount("9")));
        assertThat(prices.monthlyFee(UK)).isEqualByComparingTo("2");
        assertThatThrownBy(() -> prices.rates().add(rates.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
