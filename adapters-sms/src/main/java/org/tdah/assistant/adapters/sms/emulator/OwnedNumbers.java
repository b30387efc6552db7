package org.tdah.assistant.adapters.sms.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The numbers the emulated account owns, by sid, and the deterministic numbers for sale: US and
 * Canada {@code +1<area>555xxxx} (area 415 by default, none in area 533, as with Twilio's test
 * credentials), France {@code +3365550xxxx}; no other country has numbers. {@code +15005550000} is
 * never for sale (Twilio 21422), {@code +15005550001} is invalid (21421).
 */
final class OwnedNumbers {
    static final String NOT_FOR_SALE = "+15005550000";
    static final String INVALID = "+15005550001";
    static final String AREA_WITHOUT_NUMBERS = "533";
    private static final int OFFERED = 30;

    private final Map<String, OwnedNumber> bySid = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    OwnedNumbers(Clock clock) {
        this.clock = clock;
    }

    /** At most {@code limit} numbers for sale in the country (and area), none of ours; null for an unknown country. */
    synchronized List<String> forSale(String country, String areaCode, int limit) {
        List<String> offered = offered(country, areaCode);
        if (offered == null) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        for (String number : offered) {
            if (numbers.size() < limit && findByNumber(number).isEmpty()) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    synchronized OwnedNumber buy(String phoneNumber, UnaryOperator<OwnedNumber> configuration) {
        if (INVALID.equals(phoneNumber)) {
            throw new Refusal(new ApiError(400, 21421, "PhoneNumber is invalid"));
        }
        if (NOT_FOR_SALE.equals(phoneNumber) || findByNumber(phoneNumber).isPresent()) {
            throw new Refusal(new ApiError(400, 21422, "PhoneNumber " + phoneNumber + " is not available"));
        }
        return buyUnlisted(phoneNumber, configuration);
    }

    /** Owns a number that was never offered for sale (one bought in the console). */
    synchronized OwnedNumber buyUnlisted(String phoneNumber, UnaryOperator<OwnedNumber> configuration) {
        String sid = "PN" + HexFormat.of().formatHex(randomBytes());
        OwnedNumber bought = configuration.apply(
                new OwnedNumber(sid, phoneNumber, null, "POST", null, null, clock.instant(), clock.instant()));
        bySid.put(sid, bought);
        return bought;
    }

    synchronized Optional<OwnedNumber> update(String sid, UnaryOperator<OwnedNumber> configuration) {
        OwnedNumber current = bySid.get(sid);
        if (current == null) {
            return Optional.empty();
        }
        OwnedNumber updated = configuration.apply(current);
        bySid.put(sid, updated);
        return Optional.of(updated);
    }

    synchronized Optional<OwnedNumber> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    synchronized Optional<OwnedNumber> findByNumber(String phoneNumber) {
        return bySid.values().stream().filter(number -> number.phoneNumber().equals(phoneNumber)).findFirst();
    }

    synchronized boolean release(String sid) {
        return bySid.remove(sid) != null;
    }

    synchronized List<OwnedNumber> all() {
        return List.copyOf(bySid.values());
    }

    Clock clock() {
        return clock;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private static List<String> offered(String country, String areaCode) {
        List<String> numbers = new ArrayList<>();
        switch (country) {
            case "US", "CA" -> {
                String area = areaCode == null ? "415" : areaCode;
                if (!area.matches("[2-9][0-9]{2}") || AREA_WITHOUT_NUMBERS.equals(area)) {
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
                return null;
            }
        }
        return numbers;
    }
}
