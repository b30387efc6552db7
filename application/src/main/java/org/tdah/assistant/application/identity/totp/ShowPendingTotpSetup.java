package org.tdah.assistant.application.identity.totp;

import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.TotpCredentials.TotpCredential;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.domain.identity.Account;

/** The {@code otpauth://} URI of a setup started but not confirmed, for its QR code. */
public final class ShowPendingTotpSetup {
    private final Accounts accounts;
    private final TotpCredentials totpCredentials;

    public ShowPendingTotpSetup(Accounts accounts, TotpCredentials totpCredentials) {
        this.accounts = accounts;
        this.totpCredentials = totpCredentials;
    }

    /** Empty when no setup is pending (none started, or already confirmed). */
    public Optional<String> otpauthUri(Caller caller) {
        Optional<Account> account = accounts.withId(caller.accountId());
        Optional<TotpCredential> pending = totpCredentials.of(caller.accountId())
                .filter(credential -> !credential.confirmed());
        if (account.isEmpty() || pending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SecondFactorChecks.otpauthUri(account.get(), pending.get().secret()));
    }
}
