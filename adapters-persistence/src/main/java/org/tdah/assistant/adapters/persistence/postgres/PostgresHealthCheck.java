package org.tdah.assistant.adapters.persistence.postgres;

import com.codahale.metrics.health.HealthCheck;
import org.tdah.assistant.adapters.persistence.RootCause;

/** Healthy when PostgreSQL answers a query through the application's own pool. */
public final class PostgresHealthCheck extends HealthCheck {
    private final PostgresDatabase database;

    public PostgresHealthCheck(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected Result check() {
        try {
            database.ping();
            return Result.healthy("SELECT 1 answered");
        } catch (RuntimeException e) {
            return Result.unhealthy("PostgreSQL does not answer: " + RootCause.messageOf(e));
        }
    }
}
