package org.tdah.assistant.adapters.persistence.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;

/** Accounts in the {@code accounts} table of PostgreSQL. */
public final class JdbiAccounts implements Accounts {
    private static final String COLUMNS = "id, email, display_name, password_hash, roles, email_verified, created_at, timezone, locale";

    private final PostgresDatabase database;

    public JdbiAccounts(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean add(Account account) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO accounts (id, email, display_name, password_hash, roles, email_verified, created_at,
                            timezone, locale)
                        VALUES (:id, :email, :displayName, :passwordHash, :roles, :emailVerified, :createdAt,
                            :timezone, :locale)
                        ON CONFLICT DO NOTHING""")
                .bind("id", account.id().value())
                .bind("email", account.email().value())
                .bind("displayName", account.displayName().value())
                .bind("passwordHash", account.passwordHash().encoded())
                .bind("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .bind("emailVerified", account.emailVerified())
                .bind("createdAt", Timestamps.utc(account.createdAt()))
                .bind("timezone", account.timezone().value())
                .bind("locale", account.language().code())
                .execute()) == 1;
    }

    @Override
    public Optional<Account> withId(AccountId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiAccounts::account)
                .findOne());
    }

    @Override
    public Optional<Account> withEmail(EmailAddress email) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE email = :email")
                .bind("email", email.value())
                .map(JdbiAccounts::account)
                .findOne());
    }

    @Override
    public boolean replacePasswordHash(AccountId id, PasswordHash newHash) {
        return database.withHandle(handle -> handle.createUpdate("UPDATE accounts SET password_hash = :hash WHERE id = :id")
                .bind("hash", newHash.encoded())
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public boolean markEmailVerified(AccountId id) {
        return database.withHandle(handle -> handle.createUpdate("UPDATE accounts SET email_verified = TRUE WHERE id = :id")
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public boolean updateProfile(AccountId id, DisplayName displayName, Timezone timezone, Language language) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE accounts SET display_name = :displayName, timezone = :timezone, locale = :locale
                        WHERE id = :id""")
                .bind("displayName", displayName.value())
                .bind("timezone", timezone.value())
                .bind("locale", language.code())
                .bind("id", id.value())
                .execute()) == 1;
    }

    private static Account account(ResultSet row, StatementContext context) throws SQLException {
        return new Account(
                new AccountId(row.getString("id")),
                new EmailAddress(row.getString("email")),
                new DisplayName(row.getString("display_name")),
                new PasswordHash(row.getString("password_hash")),
                roles(row.getArray("roles")),
                row.getBoolean("email_verified"),
                Timestamps.instant(row, "created_at"),
                new Timezone(row.getString("timezone")),
                Language.ofCode(row.getString("locale")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
