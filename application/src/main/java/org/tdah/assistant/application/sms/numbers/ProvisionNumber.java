package org.tdah.assistant.application.sms.numbers;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.AvailableNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberMode;
import org.tdah.assistant.application.sms.NumberNotAvailableException;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.OurWebhooks;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Gives a person the number they text their assistant at ({@code POST /phone-numbers}): one of
 * their own, bought from the provider (in the area code or country asked, the US unless said) with
 * our webhooks set on purchase and recorded; or, when the platform runs on one shared number, that
 * one. Only a person with a verified email and a verified phone gets one (the routing needs the
 * phone), and one at a time. Being allowed at all (premium) is checked before, by the access
 * rules of the endpoint.
 */
public final class ProvisionNumber {
    private static final System.Logger LOG = System.getLogger(ProvisionNumber.class.getName());
    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{2,5}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int CANDIDATES = 5;

    /** Where the number should be: an area code and an ISO 3166-1 alpha-2 country, both optional. */
    public record Command(Optional<String> areaCode, Optional<String> country) {
        public Command {
            Objects.requireNonNull(areaCode, "areaCode");
            country = Objects.requireNonNull(country, "country").map(code -> code.strip().toUpperCase(Locale.ROOT));
            if (areaCode.isPresent() && !AREA_CODE.matcher(areaCode.get()).matches()) {
                throw InvalidInputException.of("areaCode", "is 2 to 5 digits, like 415");
            }
            if (country.isPresent() && !COUNTRY.matcher(country.get()).matches()) {
                throw InvalidInputException.of("country", "is a two-letter country code, like US or FR");
            }
        }

        public String countryOrDefault() {
            return country.orElse("US");
        }
    }

    /** How asking for a number ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Provisioned provisioned);

            T on(AlreadyHasOne alreadyHasOne);

            T on(NeedsVerifiedEmail needsVerifiedEmail);

            T on(NeedsVerifiedPhone needsVerifiedPhone);

            T on(NoneAvailable noneAvailable);
        }

        record Provisioned(AssignedNumber number) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The person has a number already: release it first. */
        record AlreadyHasOne(AssignedNumber number) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NeedsVerifiedEmail() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NeedsVerifiedPhone() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The provider has no number for sale there now. */
        record NoneAvailable() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    /** Whether people get numbers of their own, and the shared number otherwise. */
    public record Mode(NumberMode mode, PhoneNumber sharedNumber, String sharedCountry) {
        public Mode {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(sharedNumber, "sharedNumber");
            Objects.requireNonNull(sharedCountry, "sharedCountry");
        }
    }

    private final Accounts accounts;
    private final Phones phones;
    private final PhoneNumbers numbers;
    private final PhoneNumberProvider provider;
    private final OurWebhooks webhooks;
    private final Mode mode;
    private final Ids ids;
    private final Clock clock;

    public ProvisionNumber(Accounts accounts, Phones phones, PhoneNumbers numbers, PhoneNumberProvider provider,
            OurWebhooks webhooks, Mode mode, Ids ids, Clock clock) {
        this.accounts = accounts;
        this.phones = phones;
        this.numbers = numbers;
        this.provider = provider;
        this.webhooks = webhooks;
        this.mode = mode;
        this.ids = ids;
        this.clock = clock;
    }

    public Result provision(AccountId person, Command command) {
        Optional<AssignedNumber> current = numbers.activeOf(person);
        if (current.isPresent()) {
            return new Result.AlreadyHasOne(current.get());
        }
        if (accounts.withId(person).filter(Account::emailVerified).isEmpty()) {
            return new Result.NeedsVerifiedEmail();
        }
        if (phones.of(person).isEmpty()) {
            return new Result.NeedsVerifiedPhone();
        }
        return mode.mode() == NumberMode.SHARED ? shared(person) : dedicated(person, command);
    }

    private Result shared(AccountId person) {
        AssignedNumber number = new AssignedNumber(new NumberId(ids.next()), person, mode.sharedNumber(),
                NumberMode.SHARED, Optional.empty(), mode.sharedCountry(), now(), Optional.empty());
        return kept(number);
    }

    private Result dedicated(AccountId person, Command command) {
        List<AvailableNumber> candidates = provider.available(command.countryOrDefault(), command.areaCode(), CANDIDATES);
        for (AvailableNumber candidate : candidates) {
            Optional<ProvisionedNumber> bought = buy(candidate);
            if (bought.isPresent()) {
                AssignedNumber number = new AssignedNumber(new NumberId(ids.next()), person, bought.get().phoneNumber(),
                        NumberMode.DEDICATED, Optional.of(bought.get().providerSid()), candidate.country(), now(),
                        Optional.empty());
                Result result = kept(number);
                if (result instanceof Result.Provisioned) {
                    numbers.configured(number.id(), bought.get().webhooks(), now());
                } else {
                    provider.release(bought.get().providerSid());
                }
                return result;
            }
        }
        return new Result.NoneAvailable();
    }

    private Optional<ProvisionedNumber> buy(AvailableNumber candidate) {
        try {
            return Optional.of(provider.buy(candidate.phoneNumber(), webhooks.webhooks()));
        } catch (NumberNotAvailableException takenMeanwhile) {
            LOG.log(Level.INFO, "A number offered for sale was gone when bought; trying the next one");
            return Optional.empty();
        }
    }

    /** Keeps the number, unless the person got another one meanwhile (two requests racing). */
    private Result kept(AssignedNumber number) {
        if (numbers.add(number)) {
            return new Result.Provisioned(number);
        }
        return numbers.activeOf(number.owner()).<Result>map(Result.AlreadyHasOne::new)
                .orElseThrow(() -> new IllegalStateException("a number was refused, yet the person has none"));
    }

    private Instant now() {
        return clock.instant();
    }
}
