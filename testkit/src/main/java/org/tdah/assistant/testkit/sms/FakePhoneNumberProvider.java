package org.tdah.assistant.testkit.sms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.AvailableNumber;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.NumberNotAvailableException;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.application.sms.UnknownNumberException;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * An in-memory SMS provider's number inventory, offering the numbers the Twilio API emulator
 * offers: {@code +1<area>555xxxx} in the US and Canada (area 415 by default, none in
 * {@link TwilioTestNumbers#AREA_CODE_WITHOUT_NUMBERS}), {@code +3365550xxxx} in France, nothing
 * elsewhere. Any other valid number can be bought too, except
 * {@link TwilioTestNumbers#NOT_FOR_SALE} and numbers we own. Messages are priced when a test says
 * so ({@link #priced}); {@link #setDown} makes every call throw
 * {@link DependencyUnavailableException}. Thread-safe.
 */
public final class FakePhoneNumberProvider implements PhoneNumberProvider {
    private static final String DEPENDENCY = "SMS provider (in memory)";
    private static final int OFFERED = 30;

    private final Map<String, ProvisionedNumber> owned = new LinkedHashMap<>();
    private final Map<String, MessagePrice> prices = new HashMap<>();
    private int nextSid = 1;
    private volatile boolean down;

    @Override
    public synchronized List<AvailableNumber> available(String country, Optional<String> areaCode, int limit) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(areaCode, "areaCode");
        if (limit < 1) {
            throw new IllegalArgumentException("ask for at least one number");
        }
        failIfDown();
        List<AvailableNumber> numbers = new ArrayList<>();
        Set<PhoneNumber> ours = ownedNumbers();
        for (String candidate : offered(country, areaCode)) {
            PhoneNumber number = new PhoneNumber(candidate);
            if (!ours.contains(number) && numbers.size() < limit) {
                numbers.add(new AvailableNumber(number, country));
            }
        }
        return List.copyOf(numbers);
    }

    @Override
    public synchronized ProvisionedNumber buy(PhoneNumber number, NumberWebhooks webhooks) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(webhooks, "webhooks");
        failIfDown();
        if (number.equals(TwilioTestNumbers.NOT_FOR_SALE) || ownedNumbers().contains(number)) {
            throw new NumberNotAvailableException("the number " + number.masked() + " is not available");
        }
        String sid = "PN%032x".formatted(nextSid++);
        ProvisionedNumber bought = new ProvisionedNumber(sid, number, webhooks);
        owned.put(sid, bought);
        return bought;
    }

    @Override
    public synchronized ProvisionedNumber configure(String providerSid, NumberWebhooks webhooks) {
        Objects.requireNonNull(webhooks, "webhooks");
        failIfDown();
        ProvisionedNumber current = owned.get(providerSid);
        if (current == null) {
            throw new UnknownNumberException(providerSid);
        }
        ProvisionedNumber configured = new ProvisionedNumber(providerSid, current.phoneNumber(), webhooks);
        owned.put(providerSid, configured);
        return configured;
    }

    @Override
    public synchronized Optional<ProvisionedNumber> fetch(String providerSid) {
        failIfDown();
        return Optional.ofNullable(owned.get(providerSid));
    }

    @Override
    public synchronized void release(String providerSid) {
        failIfDown();
        owned.remove(providerSid);
    }

    @Override
    public synchronized Optional<MessagePrice> priceOf(String providerMessageId) {
        failIfDown();
        return Optional.ofNullable(prices.get(providerMessageId));
    }

    /** The provider priced this message (as Twilio does once it is sent). */
    public synchronized void priced(String providerMessageId, MessagePrice price) {
        prices.put(Objects.requireNonNull(providerMessageId, "providerMessageId"), Objects.requireNonNull(price, "price"));
    }

    /** The numbers we own now, in the order they were bought. */
    public synchronized List<ProvisionedNumber> owned() {
        return List.copyOf(owned.values());
    }

    /** While down, every call throws {@link DependencyUnavailableException}. */
    public void setDown(boolean down) {
        this.down = down;
    }

    private Set<PhoneNumber> ownedNumbers() {
        Set<PhoneNumber> numbers = new HashSet<>();
        owned.values().forEach(number -> numbers.add(number.phoneNumber()));
        return numbers;
    }

    private static List<String> offered(String country, Optional<String> areaCode) {
        List<String> numbers = new ArrayList<>();
        switch (country) {
            case "US", "CA" -> {
                String area = areaCode.orElse("415");
                if (!area.matches("[2-9][0-9]{2}") || area.equals(TwilioTestNumbers.AREA_CODE_WITHOUT_NUMBERS)) {
                    return numbers;
                }
                for (int i = 0; i < OFFERED; i++) {
                    numbers.add("+1" + area + "555" + "%04d".formatted(100 + i));
                }
            }
            case "FR" -> {
                for (int i = 0; i < OFFERED; i++) {
                    numbers.add("+3365550" + "%04d".formatted(100 + i));
                }
            }
            default -> {
                return numbers;
            }
        }
        return numbers;
    }

    private void failIfDown() {
        if (down) {
            throw new DependencyUnavailableException(DEPENDENCY, new IllegalStateException("the in-memory provider is down"));
        }
    }
}
