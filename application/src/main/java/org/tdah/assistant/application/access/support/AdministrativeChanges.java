package org.tdah.assistant.application.access.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * What every administrative change of an account shares: it runs in one transaction with its
 * audit entry, the changes that could take the last active administrator away count the
 * administrators under a lock first (so that two concurrent ones run one after the other), and
 * the changed account is logged out everywhere.
 */
public final class AdministrativeChanges {

    /** The account as read under the administrators' lock, and how many active administrators there are. */
    public record Locked(Optional<Account> account, long activeAdministrators) {
        /** Whether taking the role from the account, or disabling it, would leave no active administrator. */
        public boolean isTheLastActiveAdministrator() {
            return account.map(Account::isActiveAdministrator).orElse(false) && activeAdministrators <= 1;
        }
    }

    private final Accounts accounts;
    private final Transactions transactions;
    private final SecurityEvents securityEvents;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public AdministrativeChanges(Accounts accounts, Transactions transactions, SecurityEvents securityEvents,
            Sessions sessions, RefreshTokens refreshTokens, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.securityEvents = securityEvents;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /**
     * Runs {@code change} in one transaction that first locks the count of active administrators
     * and reads the target account under that lock.
     */
    public <T> T underTheAdministratorsLock(AccountId target, Function<Locked, T> change) {
        return transactions.inTransaction(() -> {
            long active = accounts.lockActiveAdministrators();
            return change.apply(new Locked(accounts.withId(target), active));
        });
    }

    /** Records, in the caller's transaction, that {@code administrator} did {@code type} to {@code account}. */
    public void audit(SecurityEventType type, AccountId account, AccountId administrator, RequestOrigin origin) {
        securityEvents.record(new SecurityEvent(type, account, administrator, origin, clock.instant()));
    }

    /** Ends every session of the account and revokes its refresh tokens: its next request is refused. */
    public void logOutEverywhere(AccountId account) {
        Instant now = clock.instant();
        refreshTokens.revokeAllOf(account, null, now);
        sessions.endAllOf(account, null);
    }
}
