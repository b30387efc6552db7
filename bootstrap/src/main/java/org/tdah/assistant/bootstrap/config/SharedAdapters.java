package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.email.SmtpMailbox;
import org.tdah.assistant.adapters.persistence.postgres.JdbiTransactions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.shared.JdbiEmailOutbox;
import org.tdah.assistant.application.shared.RetryPolicy;
import org.tdah.assistant.application.shared.SharedCore;

/** Which real adapter implements each out-port of the shared work (the email outbox and its delivery). */
public final class SharedAdapters {
    private SharedAdapters() {}

    public static SharedCore.OutPorts outPorts(AssistantConfiguration configuration, PostgresDatabase database, Clock clock) {
        return new SharedCore.OutPorts(
                new JdbiEmailOutbox(database, Adapters.cipher(configuration), Adapters.correlation()),
                new SmtpMailbox(Adapters.smtp(configuration), Adapters.correlation()),
                new JdbiTransactions(database),
                clock,
                Adapters.correlation());
    }

    public static RetryPolicy emailRetry(AssistantConfiguration configuration) {
        AssistantConfiguration.Outbox outbox = configuration.outbox;
        return new RetryPolicy(outbox.firstRetry.toJavaDuration(),
                outbox.longestRetry.toJavaDuration(), outbox.maxAttempts);
    }
}
