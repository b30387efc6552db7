package org.tdah.assistant.adapters.rest.identity;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.tdah.assistant.domain.identity.Account;

/** An account as its owner sees it, timestamps to the millisecond; never includes the password hash. */
public record AccountRepresentation(
        String id, String email, String displayName, boolean emailVerified, List<String> roles, String createdAt) {

    static AccountRepresentation of(Account account) {
        return new AccountRepresentation(
                account.id().value(),
                account.email().value(),
                account.displayName().value(),
                account.emailVerified(),
                account.roles().stream().map(role -> role.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                account.createdAt().truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
