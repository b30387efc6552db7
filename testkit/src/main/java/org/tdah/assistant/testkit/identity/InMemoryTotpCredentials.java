package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.shared.Transactional;

/** Authenticator secrets in memory; behaves as {@code TotpCredentialsContract} says. */
public final class InMemoryTotpCredentials implements TotpCredentials, Transactional {
    private final Map<AccountId, TotpCredential> credentials = new ConcurrentHashMap<>();

    @Override
    public Optional<TotpCredential> of(AccountId account) {
        return Optional.ofNullable(credentials.get(account));
    }

    @Override
    public synchronized boolean savePending(AccountId account, String secret, Instant at) {
        TotpCredential current = credentials.get(account);
        if (current != null && current.confirmed()) {
            return false;
        }
        credentials.put(account, new TotpCredential(secret, false, Long.MIN_VALUE));
        return true;
    }

    @Override
    public synchronized boolean confirm(AccountId account, long step, Instant at) {
        TotpCredential current = credentials.get(account);
        if (current == null || current.confirmed()) {
            return false;
        }
        credentials.put(account, new TotpCredential(current.secret(), true, step));
        return true;
    }

    @Override
    public synchronized boolean useStep(AccountId account, long step) {
        TotpCredential current = credentials.get(account);
        if (current == null || !current.confirmed() || step <= current.lastUsedStep()) {
            return false;
        }
        credentials.put(account, new TotpCredential(current.secret(), true, step));
        return true;
    }

    @Override
    public void remove(AccountId account) {
        credentials.remove(account);
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot credentialsCopy = Transactional.copyOf(credentials);
        return () -> {
            synchronized (this) {
                credentialsCopy.restore();
            }
        };
    }
}
