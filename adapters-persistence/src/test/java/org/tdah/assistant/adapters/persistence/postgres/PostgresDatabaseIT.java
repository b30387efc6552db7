package org.tdah.assistant.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.application.shared.DependencyUnavailableException;

class PostgresDatabaseIT {

    @Test
    void migrations_apply_once_and_are_listed_as_successful() {
        try (PostgresDatabase database = connect(TestServers.newDatabase())) {
            assertThat(database.migrate()).isGreaterThanOrEqualTo(2);
            assertThat(database.migrate()).isZero();

            assertThat(database.migrationInfo())
                    .anySatisfy(line -> assertThat(line).contains("1").contains("accounts").contains("Success"))
                    .anySatisfy(line -> assertThat(line).contains("2").contains("signing keys").contains("Success"));
        }
    }

    @Test
    void a_database_that_goes_down_gives_dependency_unavailable_and_an_unhealthy_check_with_the_reason() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Optional.empty());
        try (PostgresDatabase database = connect(server.jdbcUrl("postgres"))) {
            PostgresHealthCheck healthCheck = new PostgresHealthCheck(database);
            assertThat(healthCheck.execute().isHealthy()).isTrue();

            server.close();

            assertThatThrownBy(database::ping)
                    .isInstanceOf(DependencyUnavailableException.class)
                    .hasMessage("PostgreSQL is unavailable");
            HealthCheck.Result result = healthCheck.execute();
            assertThat(result.isHealthy()).isFalse();
            assertThat(result.getMessage()).startsWith("PostgreSQL does not answer: ");
        } finally {
            server.close();
        }
    }

    @Test
    void a_database_that_cannot_be_reached_at_start_is_reported_as_unavailable() {
        assertThatThrownBy(() -> connect("jdbc:postgresql://127.0.0.1:1/none?user=postgres"))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    private static PostgresDatabase connect(String url) {
        return PostgresDatabase.connect(new PostgresDatabase.Settings(url, null, null, 2, Duration.ofSeconds(2)));
    }
}
