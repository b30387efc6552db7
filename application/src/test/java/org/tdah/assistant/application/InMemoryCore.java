package org.tdah.assistant.application;

import org.tdah.assistant.application.identity.inmemory.FastInsecurePasswordHasher;
import org.tdah.assistant.application.identity.inmemory.InMemoryAccessTokens;
import org.tdah.assistant.application.identity.inmemory.InMemoryAccounts;
import org.tdah.assistant.application.shared.inmemory.MutableClock;
import org.tdah.assistant.application.shared.inmemory.SequentialIds;

/**
 * The core wired with the in-memory adapters, with handles on them so that a scenario can look
 * behind the use cases. What an embedding program would build for its own tests.
 */
public final class InMemoryCore {
    public final MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final FastInsecurePasswordHasher passwordHasher = new FastInsecurePasswordHasher();
    public final InMemoryAccessTokens accessTokens = new InMemoryAccessTokens(clock);
    public final SequentialIds ids = new SequentialIds();
    public final AssistantCore core = new AssistantCore(
            new AssistantCore.OutPorts(accounts, passwordHasher, accessTokens, ids, clock),
            AssistantCore.Settings.DEFAULTS);
}
