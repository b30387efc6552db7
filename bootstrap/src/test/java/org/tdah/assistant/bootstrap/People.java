package org.tdah.assistant.bootstrap;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

/**
 * The accounts an IT needs, made through the public API: people, premium people and administrators
 * (the role granted in PostgreSQL, as the first administrator's is; then a login to carry it, and an
 * authenticator app enrolled, which administration requires).
 */
final class People {
    static final String PASSWORD = "purple elephants dance quietly";

    /** An account of its own, logged in. */
    record Person(String email, String id, String token) {}

    private final ApiClient api;
    private final DropwizardAppExtension<AssistantConfiguration> app;

    People(ApiClient api, DropwizardAppExtension<AssistantConfiguration> app) {
        this.api = api;
        this.app = app;
    }

    Person person() {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        String token = api.registerAndLogIn(email, PASSWORD, "Sam");
        String id = api.getWithToken("/api/v1/users/me", token).json().get("id").asText();
        return new Person(email, id, token);
    }

    String logIn(Person person) {
        ApiClient.Reply reply = api.postJson("/api/v1/auth/login", Map.of("email", person.email(), "password", PASSWORD));
        if (reply.status() != 200 || !reply.json().has("accessToken")) {
            throw new IllegalStateException("login of " + person.email() + " answered " + reply.status() + " " + reply.body());
        }
        return reply.json().get("accessToken").asText();
    }

    /** A person whose roles are set to {@code roles} (USER implied) in PostgreSQL, logged in again. */
    Person withRoles(String... roles) {
        Person person = person();
        StringBuilder array = new StringBuilder("ARRAY['USER'");
        for (String role : roles) {
            array.append(", '").append(role).append('\'');
        }
        sql("UPDATE accounts SET roles = " + array + "] WHERE id = ?", person.id());
        return new Person(person.email(), person.id(), logIn(person));
    }

    Person premium() {
        return withRoles("PREMIUM");
    }

    /** An administrator with an authenticator app, as administration requires. */
    Person administrator() {
        Person administrator = administratorWithoutSecondFactor();
        enrolAuthenticator(administrator);
        return administrator;
    }

    /** An administrator who never turned a second factor on: refused administration until they do. */
    Person administratorWithoutSecondFactor() {
        return withRoles("ADMINISTRATOR");
    }

    /** Enrols an authenticator app on the person's account with their current token. */
    void enrolAuthenticator(Person person) {
        ApiClient.Reply setup = api.postJson("/api/v1/mfa/totp/setup", person.token(), null);
        String secret = setup.json().get("secret").asText();
        ApiClient.Reply confirmed = api.postJson("/api/v1/mfa/totp/confirm", person.token(),
                Map.of("code", ReferenceTotp.code(secret, TotpPolicy.stepAt(Instant.now()))));
        if (confirmed.status() != 200) {
            throw new IllegalStateException("enrolling an authenticator answered " + confirmed.status() + " " + confirmed.body());
        }
    }

    /** Runs one statement with one account id parameter on the application's database. */
    void sql(String statement, String id) {
        try (var connection = DriverManager.getConnection(app.getConfiguration().database.url);
                var prepared = connection.prepareStatement(statement)) {
            prepared.setString(1, id);
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
