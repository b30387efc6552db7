package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The verified phone of each account: one per account, and a number belongs to at most one
 * account (inbound texts must reach exactly one person).
 */
public interface Phones {

    /** A phone the person proved they read, and whether its codes are a second factor. */
    record VerifiedPhone(PhoneNumber number, Instant verifiedAt, boolean smsSecondFactor) {}

    Optional<VerifiedPhone> of(AccountId account);

    /** The account whose verified phone this is. */
    Optional<AccountId> ownerOf(PhoneNumber number);

    /**
     * Makes the number the account's verified phone, replacing an earlier one. False, and nothing
     * changes, when the number is another account's.
     */
    boolean saveVerified(AccountId account, PhoneNumber number, boolean smsSecondFactor, Instant at);

    /** Turns SMS codes off as a second factor; the phone stays verified. */
    void disableSmsSecondFactor(AccountId account);
}
