package org.tdah.assistant.adapters.rest.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.tdah.assistant.application.identity.ViewOwnAccount;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.MfaMethod;

/**
 * An account as its owner sees it, timestamps to the millisecond; never includes the password hash.
 * {@code mfa} is present when the account's second factors are known (its owner asks).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRepresentation(
        String id, String email, String displayName, boolean emailVerified, List<String> roles, String createdAt,
        Mfa mfa) {

    /** How the account logs in beyond the password. */
    public record Mfa(boolean totpEnabled, List<String> methods, int backupCodesRemaining) {}

    static AccountRepresentation of(Account account) {
        return of(account, null);
    }

    static AccountRepresentation of(ViewOwnAccount.Overview overview) {
        return of(overview.account(), new Mfa(overview.mfaMethods().contains(MfaMethod.TOTP),
                overview.mfaMethods().stream().map(MfaMethod::wireName).sorted().toList(),
                overview.backupCodesRemaining()));
    }

    private static AccountRepresentation of(Account account, Mfa mfa) {
        return new AccountRepresentation(
                account.id().value(),
                account.email().value(),
                account.displayName().value(),
                account.emailVerified(),
                account.roles().stream().map(role -> role.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                account.createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                mfa);
    }
}
