package org.tdah.assistant.application.sms.numbers;

import java.time.Clock;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberMode;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Gives a number up ({@code DELETE /phone-numbers/{id}}): a dedicated one goes back to the provider
 * (it costs nothing from then on) and its texts reach nobody; the person texts the shared number
 * again. Only its owner, or an administrator, releases a number; releasing a released number
 * changes nothing.
 */
public final class ReleaseNumber {

    /** How releasing ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Released released);

            T on(NoSuchNumber noSuchNumber);
        }

        record Released(AssignedNumber number) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** No number of the caller's has this id (someone else's is no number of theirs either). */
        record NoSuchNumber() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final PhoneNumbers numbers;
    private final PhoneNumberProvider provider;
    private final Clock clock;

    public ReleaseNumber(PhoneNumbers numbers, PhoneNumberProvider provider, Clock clock) {
        this.numbers = numbers;
        this.provider = provider;
        this.clock = clock;
    }

    /** The person releases a number of theirs. */
    public Result release(AccountId person, NumberId id) {
        return numbers.withId(id).filter(number -> number.owner().equals(person)).map(this::released)
                .orElseGet(Result.NoSuchNumber::new);
    }

    /** An administrator releases anyone's number. */
    public Result releaseAny(NumberId id) {
        return numbers.withId(id).map(this::released).orElseGet(Result.NoSuchNumber::new);
    }

    private Result released(AssignedNumber number) {
        if (!number.active()) {
            return new Result.Released(number);
        }
        if (number.mode() == NumberMode.DEDICATED) {
            provider.release(number.providerSid().orElseThrow());
        }
        numbers.release(number.id(), clock.instant());
        return new Result.Released(numbers.withId(number.id()).orElseThrow());
    }
}
