package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.testkit.shared.Transactional;

/** Backup codes in memory; behaves as {@code BackupCodesContract} says. */
public final class InMemoryBackupCodes implements BackupCodes, Transactional {
    private final Map<AccountId, Set<TokenHash>> unused = new ConcurrentHashMap<>();

    @Override
    public void replace(AccountId account, List<TokenHash> codes, Instant at) {
        unused.put(account, new HashSet<>(codes));
    }

    @Override
    public synchronized boolean use(AccountId account, TokenHash code, Instant at) {
        Set<TokenHash> codes = unused.get(account);
        return codes != null && codes.remove(code);
    }

    @Override
    public int remaining(AccountId account) {
        return unused.getOrDefault(account, Set.of()).size();
    }

    @Override
    public void removeAll(AccountId account) {
        unused.remove(account);
    }

    @Override
    public synchronized Snapshot snapshot() {
        Map<AccountId, Set<TokenHash>> copy = new HashMap<>();
        unused.forEach((account, codes) -> copy.put(account, new HashSet<>(codes)));
        return () -> {
            synchronized (this) {
                unused.clear();
                copy.forEach((account, codes) -> unused.put(account, new HashSet<>(codes)));
            }
        };
    }
}
