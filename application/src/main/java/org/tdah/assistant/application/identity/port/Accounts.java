package org.tdah.assistant.application.identity.port;

import java.util.Optional;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;

/** Every account the system knows, each with a unique email address. */
public interface Accounts {

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
}
