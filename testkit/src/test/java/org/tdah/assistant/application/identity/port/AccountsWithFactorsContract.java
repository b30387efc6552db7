package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.port.AccountsWithFactors.AccountWithFactors;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * What every implementation of {@link AccountsWithFactors} must do: answer, in one read, what
 * {@link Accounts} and {@link SecondFactors} answer for the same account on the same storage. It
 * extends {@link SecondFactorsContract}, so that an adapter's one test class holds both ports of
 * the second factors to their contracts on one set of factor stores.
 */
public abstract class AccountsWithFactorsContract extends SecondFactorsContract {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    protected abstract AccountsWithFactors accountsWithFactors();

    protected abstract Accounts accounts();

    private Account stored() {
        AccountId id = new AccountId(UUID.randomUUID().toString());
        Account account = Account.register(id, EmailAddress.parse("f-" + id.value() + "@example.org"),
                new DisplayName("Someone"), new PasswordHash("hash"), NOW);
        assertThat(accounts().add(account)).isTrue();
        return account;
    }

    @Test
    void an_unknown_account_is_empty() {
        assertThat(accountsWithFactors().withId(new AccountId(UUID.randomUUID().toString()))).isEmpty();
    }

    @Test
    void an_account_without_factors_comes_as_accounts_reads_it_with_none() {
        Account account = stored();

        assertThat(accountsWithFactors().withId(account.id()))
                .contains(new AccountWithFactors(accounts().withId(account.id()).orElseThrow(), SecondFactors.Status.NONE));
    }

    @Test
    void the_factors_are_those_second_factors_reads_and_only_this_accounts() {
        Account account = stored();
        Account other = stored();
        PhoneNumber number = PhonesContract.aPhone();
        totpCredentials().savePending(account.id(), "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", NOW);
        totpCredentials().confirm(account.id(), 42, NOW);
        phones().saveVerified(account.id(), number, true, NOW);
        backupCodes().replace(account.id(), List.of(TokenHash.of("A"), TokenHash.of("B"), TokenHash.of("C")), NOW);
        backupCodes().use(account.id(), TokenHash.of("B"), NOW);

        AccountWithFactors found = accountsWithFactors().withId(account.id()).orElseThrow();

        assertThat(found.account()).isEqualTo(accounts().withId(account.id()).orElseThrow());
        assertThat(found.factors()).isEqualTo(secondFactors().of(account.id()));
        assertThat(found.factors().totpEnabled()).isTrue();
        assertThat(found.factors().phone()).isEqualTo(Optional.of(new VerifiedPhone(number, NOW, true)));
        assertThat(found.factors().backupCodesRemaining()).isEqualTo(2);
        assertThat(accountsWithFactors().withId(other.id()).orElseThrow().factors())
                .as("another account's").isEqualTo(SecondFactors.Status.NONE);
    }
}
