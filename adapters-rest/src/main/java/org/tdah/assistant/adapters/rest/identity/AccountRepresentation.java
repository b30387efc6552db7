package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.tdah.assistant.application.identity.account.ViewOwnAccount;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * An account as its owner sees it, timestamps to the millisecond; never includes the password hash.
 * {@code timezone} (IANA id) and {@code locale} always; {@code permissions} (the effective
 * {@code resource:action} list, sorted), {@code phone} (its verified phone, E.164) and
 * {@code mfa} are present when its owner asks; {@code smsConsent} always, null when not given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRepresentation(
        String id, String email, String displayName, boolean emailVerified, List<String> roles, String createdAt,
        String timezone, String locale, List<String> permissions, String phone, Mfa mfa,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) SmsConsentRepresentation smsConsent) {

    /** The consent to be texted: {@code {"given": true, "at", "source": "profile"|"sms"}}, or null when not given. */
    public record SmsConsentRepresentation(boolean given, String at, String source) {
        static SmsConsentRepresentation of(Account account) {
            return account.smsConsentGiven()
                    .map(consent -> new SmsConsentRepresentation(true,
                            consent.givenAt().truncatedTo(ChronoUnit.MILLIS).toString(), consent.source().wireName()))
                    .orElse(null);
        }
    }

    /** How the account logs in beyond the password. */
    public record Mfa(boolean totpEnabled, List<String> methods, int backupCodesRemaining) {}

    static AccountRepresentation of(Account account) {
        return of(account, null, null, null);
    }

    /** The account with its effective permissions, sorted (as {@code PATCH /users/me} answers it). */
    static AccountRepresentation of(Account account, List<String> permissions) {
        return of(account, permissions, null, null);
    }

    /** The account as GET /users/me shows it, with the caller's effective permissions, sorted. */
    static AccountRepresentation of(ViewOwnAccount.Overview overview, List<String> permissions) {
        return of(overview.account(), permissions, overview.phone().map(PhoneNumber::value).orElse(null), new Mfa(overview.mfaMethods().contains(SecondFactorMethod.TOTP),
                overview.mfaMethods().stream().map(SecondFactorMethod::wireName).toList(),
                overview.backupCodesRemaining()));
    }

    private static AccountRepresentation of(Account account, List<String> permissions, String phone, Mfa mfa) {
        return new AccountRepresentation(
                account.id().value(),
                account.email().value(),
                account.displayName().value(),
                account.emailVerified(),
                account.roles().stream().map(role -> role.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                account.createdAt().truncatedTo(ChronoUnit.MILLIS).toString(),
                account.timezone().value(),
                account.language().code(),
                permissions,
                phone,
                mfa,
                SmsConsentRepresentation.of(account));
    }
}
