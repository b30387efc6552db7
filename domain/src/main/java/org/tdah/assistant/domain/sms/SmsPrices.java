package org.tdah.assistant.domain.sms;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * An operator's price table, to estimate what texting costs before the provider reports the real
 * price: per-segment prices of outbound and inbound texts and a monthly fee per number, chosen by
 * the country calling code of our number. The rate with the longest prefix of the number applies
 * ({@code +1} for the US and Canada, {@code +33} for France), the {@code fallback} tariff when none
 * does. All amounts are in one ISO 4217 {@code currency} and never negative; no two rates share a
 * prefix.
 */
public record SmsPrices(String currency, Tariff fallback, List<Rate> rates) {
    private static final Pattern PREFIX = Pattern.compile("\\+[0-9]{1,4}");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    /** What a number costs: per outbound segment, per inbound segment and per month. */
    public record Tariff(BigDecimal outbound, BigDecimal inbound, BigDecimal monthlyFee) {
        public Tariff {
            checkAmount("outbound", outbound);
            checkAmount("inbound", inbound);
            checkAmount("monthlyFee", monthlyFee);
        }

        public BigDecimal perSegment(SmsDirection direction) {
            Objects.requireNonNull(direction, "direction");
            return direction == SmsDirection.OUTBOUND ? outbound : inbound;
        }
    }

    /** The tariff of the numbers whose calling code starts with {@code prefix}: a plus and 1 to 4 digits. */
    public record Rate(String prefix, BigDecimal outbound, BigDecimal inbound, BigDecimal monthlyFee) {
        public Rate {
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("a rate's prefix is a plus and 1 to 4 digits, like +33, not " + prefix);
            }
            checkAmount("outbound", outbound);
            checkAmount("inbound", inbound);
            checkAmount("monthlyFee", monthlyFee);
        }

        public Tariff tariff() {
            return new Tariff(outbound, inbound, monthlyFee);
        }
    }

    public SmsPrices {
        if (currency == null || !CURRENCY_CODE.matcher(currency).matches() || !known(currency)) {
            throw new IllegalArgumentException("the currency is an ISO 4217 code, like USD, not " + currency);
        }
        Objects.requireNonNull(fallback, "fallback");
        rates = List.copyOf(rates);
        Set<String> prefixes = new HashSet<>();
        for (Rate rate : rates) {
            if (!prefixes.add(rate.prefix())) {
                throw new IllegalArgumentException("two rates for the prefix " + rate.prefix());
            }
        }
    }

    /** Twilio's published list prices: the US prices for every number, and France's for +33. */
    public static SmsPrices defaults() {
        return new SmsPrices("USD",
                new Tariff(new BigDecimal("0.0079"), new BigDecimal("0.0079"), new BigDecimal("1.15")),
                List.of(new Rate("+33", new BigDecimal("0.0798"), new BigDecimal("0.0"), new BigDecimal("1.00"))));
    }

    /** The tariff of the longest prefix of our number, or the fallback. */
    public Tariff tariff(PhoneNumber ourNumber) {
        Objects.requireNonNull(ourNumber, "ourNumber");
        return rates.stream()
                .filter(rate -> ourNumber.value().startsWith(rate.prefix()))
                .max(Comparator.comparingInt(rate -> rate.prefix().length()))
                .map(Rate::tariff)
                .orElse(fallback);
    }

    /** The estimated price of a text of {@code segments} segments to or from our number. */
    public BigDecimal estimate(SmsDirection direction, PhoneNumber ourNumber, int segments) {
        if (segments < 0) {
            throw new IllegalArgumentException("a text has no negative number of segments: " + segments);
        }
        return tariff(ourNumber).perSegment(direction).multiply(BigDecimal.valueOf(segments));
    }

    public BigDecimal monthlyFee(PhoneNumber ourNumber) {
        return tariff(ourNumber).monthlyFee();
    }

    private static void checkAmount(String name, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException(name + " is an amount of zero or more, not " + amount);
        }
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
