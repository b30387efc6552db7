package org.tdah.assistant.adapters.persistence.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.Timezone;

/** Accounts in the {@code accounts} table of PostgreSQL. */
public final class JdbiAccounts implements Accounts {
    private static final String COLUMNS = "id, email, display_name, password_hash, roles, email_verified, created_at, timezone, locale, "
            + "disabled_at, sms_consent_at, sms_consent_source";
    /** The key of the transaction-scoped advisory lock on the count of active administrators. */
    private static final long ACTIVE_ADMINISTRATORS_LOCK = 0x61646d696e73L;

    private final PostgresDatabase database;

    public JdbiAccounts(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean add(Account account) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO accounts (id, email, display_name, password_hash, roles, email_verified, created_at,
                            timezone, locale, disabled_at, sms_consent_at, sms_consent_source)
                        VALUES (:id, :email, :displayName, :passwordHash, :roles, :emailVerified, :createdAt,
                            :timezone, :locale, :disabledAt, :smsConsentAt, :smsConsentSource)
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
                .bind("disabledAt", Timestamps.utc(account.disabledAt()))
                .bind("smsConsentAt", Timestamps.utc(account.smsConsentGiven().map(SmsConsent::givenAt).orElse(null)))
                .bind("smsConsentSource", account.smsConsentGiven().map(consent -> consent.source().wireName()).orElse(null))
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

    @Override
    public boolean disable(AccountId id, Instant at) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE accounts SET disabled_at = COALESCE(disabled_at, :at) WHERE id = :id")
                .bind("at", Timestamps.utc(at))
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public boolean enable(AccountId id) {
        return database.withHandle(handle -> handle.createUpdate("UPDATE accounts SET disabled_at = NULL WHERE id = :id")
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public boolean giveSmsConsent(AccountId id, SmsConsent consent) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE accounts SET sms_consent_at = COALESCE(sms_consent_at, :at),
                            sms_consent_source = COALESCE(sms_consent_source, :source)
                        WHERE id = :id""")
                .bind("at", Timestamps.utc(consent.givenAt()))
                .bind("source", consent.source().wireName())
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public boolean withdrawSmsConsent(AccountId id) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE accounts SET sms_consent_at = NULL, sms_consent_source = NULL WHERE id = :id")
                .bind("id", id.value())
                .execute()) == 1;
    }

    @Override
    public List<Account> search(Search search, Optional<AccountId> after, int count) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM accounts WHERE TRUE");
        search.text().ifPresent(text -> sql.append(
                " AND (lower(email) LIKE :pattern ESCAPE '!' OR lower(display_name) LIKE :pattern ESCAPE '!')"));
        search.role().ifPresent(role -> sql.append(" AND :role = ANY (roles)"));
        search.state().ifPresent(state -> sql.append(switch (state) {
            case DISABLED -> " AND disabled_at IS NOT NULL";
            case UNVERIFIED -> " AND disabled_at IS NULL AND NOT email_verified";
            case ACTIVE -> " AND disabled_at IS NULL AND email_verified";
        }));
        after.ifPresent(id -> sql.append(" AND id > :after"));
        sql.append(" ORDER BY id LIMIT :count");
        return database.withHandle(handle -> {
            var query = handle.createQuery(sql.toString()).bind("count", count);
            search.text().ifPresent(text -> query.bind("pattern", "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%"));
            search.role().ifPresent(role -> query.bind("role", role.name()));
            after.ifPresent(id -> query.bind("after", id.value()));
            return query.map(JdbiAccounts::account).list();
        });
    }

    @Override
    public long lockActiveAdministrators() {
        return database.withHandle(handle -> {
            handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", ACTIVE_ADMINISTRATORS_LOCK)
                    .mapTo(Integer.class).one();
            return handle.createQuery(
                            "SELECT count(*) FROM accounts WHERE 'ADMINISTRATOR' = ANY (roles) AND disabled_at IS NULL")
                    .mapTo(Long.class)
                    .one();
        });
    }

    /** The text as a LIKE pattern matches it literally, with {@code !} as the escape character. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The columns an {@link Account} is read from, each prefixed with {@code alias}. */
    static String columnsOf(String alias) {
        return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    static Account account(ResultSet row, StatementContext context) throws SQLException {
        return new Account(
                new AccountId(row.getString("id")),
                new EmailAddress(row.getString("email")),
                new DisplayName(row.getString("display_name")),
                new PasswordHash(row.getString("password_hash")),
                roles(row.getArray("roles")),
                row.getBoolean("email_verified"),
                Timestamps.instant(row, "created_at"),
                new Timezone(row.getString("timezone")),
                Language.ofCode(row.getString("locale")),
                Timestamps.instant(row, "disabled_at"),
                smsConsent(row));
    }

    private static SmsConsent smsConsent(ResultSet row) throws SQLException {
        String source = row.getString("sms_consent_source");
        if (source == null) {
            return null;
        }
        return new SmsConsent(Timestamps.instant(row, "sms_consent_at"),
                SmsConsent.Source.fromWireName(source).orElseThrow());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
