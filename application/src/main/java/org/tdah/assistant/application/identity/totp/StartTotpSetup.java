package org.tdah.assistant.application.identity.totp;

import java.time.Clock;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.domain.identity.Account;

/**
 * Starts setting up an authenticator app: a new secret and the {@code otpauth://} URI its QR code
 * carries. Nothing is on until {@link ConfirmTotp} sees a correct code.
 */
public final class StartTotpSetup {

    /** The secret to enter in an app, and the URI its QR code carries. Both are secrets. */
    public record Setup(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Setup[redacted]";
        }
    }

    /** How starting the setup ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Started started);

            T on(AlreadyEnabled alreadyEnabled);

            T on(NoSuchAccount noSuchAccount);
        }

        record Started(Setup setup) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record AlreadyEnabled() implements Result {
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
    private final TimeBasedCodes timeBasedCodes;
    private final TotpCredentials totpCredentials;
    private final Clock clock;

    public StartTotpSetup(Accounts accounts, TimeBasedCodes timeBasedCodes, TotpCredentials totpCredentials, Clock clock) {
        this.accounts = accounts;
        this.timeBasedCodes = timeBasedCodes;
        this.totpCredentials = totpCredentials;
        this.clock = clock;
    }

    public Result start(Caller caller) {
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        String secret = timeBasedCodes.newSecret();
        if (!totpCredentials.savePending(caller.accountId(), secret, clock.instant())) {
            return new Result.AlreadyEnabled();
        }
        return new Result.Started(new Setup(secret, SecondFactorChecks.otpauthUri(account.get(), secret)));
    }
}
