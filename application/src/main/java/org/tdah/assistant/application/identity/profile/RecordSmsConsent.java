package org.tdah.assistant.application.identity.profile;

import java.time.Clock;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsConsent;

/**
 * Records a person's consent to be texted, or its withdrawal: from their profile
 * ({@code PATCH /users/me}), or from the SMS router when they text a keyword. Giving consent
 * again keeps the first time and source; withdrawing leaves no consent.
 */
public final class RecordSmsConsent {

    /** How recording ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Recorded recorded);

            T on(NoSuchAccount noSuchAccount);
        }

        /** The consent as it is now: empty when withdrawn. */
        record Recorded(Optional<SmsConsent> consent) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NoSuchAccount() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final Clock clock;

    public RecordSmsConsent(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public Result give(AccountId account, SmsConsent.Source source) {
        if (!accounts.giveSmsConsent(account, new SmsConsent(clock.instant(), source))) {
            return new Result.NoSuchAccount();
        }
        return current(account);
    }

    public Result withdraw(AccountId account) {
        if (!accounts.withdrawSmsConsent(account)) {
            return new Result.NoSuchAccount();
        }
        return current(account);
    }

    private Result current(AccountId account) {
        return accounts.withId(account)
                .<Result>map(found -> new Result.Recorded(found.smsConsentGiven()))
                .orElseGet(Result.NoSuchAccount::new);
    }
}
