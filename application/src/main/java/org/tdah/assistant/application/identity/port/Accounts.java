package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.AccountState;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.Timezone;

/** Every account the system knows, each with a unique email address. */
public interface Accounts {

    /**
     * What administrators look for: {@code text} is a case-insensitive substring of the email
     * address or the display name, {@code role} a role the account holds, {@code state} its
     * {@link Account#state()}; an empty criterion matches every account.
     */
    record Search(Optional<String> text, Optional<Role> role, Optional<AccountState> state) {
        public static final Search EVERYONE = new Search(Optional.empty(), Optional.empty(), Optional.empty());

        public Search {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Stores a new account.
     *
     * @return false, and nothing stored, when another account already has this email address
     */
    boolean add(Account account);

    Optional<Account> withId(AccountId id);

    Optional<Account> withEmail(EmailAddress email);

    /** Replaces the password hash of an existing account; false when there is no such account. */
    boolean replacePasswordHash(AccountId id, PasswordHash newHash);

    /** Records that the account's owner proved they read its mailbox; false when there is no such account. */
    boolean markEmailVerified(AccountId id);

    /**
     * Replaces how the account's owner is addressed, the zone they live in and their language;
     * false when there is no such account.
     */
    boolean updateProfile(AccountId id, DisplayName displayName, Timezone timezone, Language language);

    /** Disables the account from {@code at}, keeping the first time if it already is; false when there is no such account. */
    boolean disable(AccountId id, Instant at);

    /** Lets a disabled account log in again; false when there is no such account. */
    boolean enable(AccountId id);

    /** Records a consent to be texted, keeping an earlier one (its time and source); false when there is no such account. */
    boolean giveSmsConsent(AccountId id, SmsConsent consent);

    /** Withdraws the consent to be texted, if any; false when there is no such account. */
    boolean withdrawSmsConsent(AccountId id);

    /**
     * The accounts matching {@code search} in the order of their ids, after {@code after} when
     * given, at most {@code count}: a stable order to page through without gaps or duplicates.
     */
    List<Account> search(Search search, Optional<AccountId> after, int count);

    /**
     * Counts the active administrators (holding the role, not disabled), and holds a lock on that
     * count until the surrounding transaction ends: a change that must leave one administrator
     * counts, then changes, in one transaction, and a concurrent one waits for it to end. Call it
     * inside {@code Transactions.inTransaction}.
     */
    long lockActiveAdministrators();
}
