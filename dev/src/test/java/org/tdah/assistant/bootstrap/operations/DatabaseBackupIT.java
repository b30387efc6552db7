package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.bootstrap.ApiClient;
import org.tdah.assistant.bootstrap.DevJar;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

/**
 * {@code deploy/scripts/db.sh} round-trips the application's database: the real schema (the Flyway
 * migrations), filled by the packaged jar through the public API (people, second factors, tasks,
 * reminders, conversations and the assistant's replies, sessions, the audit trail, the outbox...),
 * backed up, destroyed (the database and the role its row-level security names dropped, as on a new
 * server), restored, and compared table by table (row count and md5 of the ordered rows, sequences,
 * indexes, constraints, policies, grants, the Flyway history). And it refuses what would lose data:
 * overwriting a backup, restoring over a database that holds data without {@code --force}, a damaged
 * or missing backup (a failed restore changes nothing), client tools older than the server.
 *
 * <p>On a throwaway cluster of the machine's PostgreSQL ({@link ThrowawayPostgres}), since the
 * script's {@code pg_dump} must be at least the server's major. Skipped, saying why, without
 * Debian's {@code postgresql-15} ({@code apt-get install postgresql-15}).
 */
class DatabaseBackupIT {
    private static final Path SCRIPT = Path.of("..", "deploy", "scripts", "db.sh").toAbsolutePath().normalize();
    private static final String DATABASE = "assistant";
    private static final String SCHEMA_ROLE = "assistant_account_scope";
    private static final String PASSWORD = "purple elephants dance quietly";
    /** Tables the filling must have put rows in, or the comparison would prove little. */
    private static final Set<String> FILLED = Set.of("public.accounts", "public.account_preferences", "public.tasks",
            "public.reminders", "public.conversations", "public.messages", "public.assistant_dialogues",
            "public.refresh_tokens", "public.email_outbox", "public.one_time_tokens",
            "public.signing_keys", "public.totp_credentials", "public.backup_codes", "public.audit_entries",
            "public.scheduled_tasks", "public.role_permissions", "public.flyway_schema_history");

    @TempDir
    static Path work;
    private static ThrowawayPostgres postgres;
    private static Path backup;
    private static Map<String, String> original;

    @BeforeAll
    static void fillTheDatabaseThroughTheApplicationAndBackItUp() throws Exception {
        Optional<Path> bin = ThrowawayPostgres.installedBinaries();
        Optional<String> cannotRun = ThrowawayPostgres.cannotRunBecause();
        if (bin.isEmpty() || cannotRun.isPresent()) {
            System.err.println("DatabaseBackupIT skipped: " + cannotRun.orElse("no PostgreSQL server and client tools under "
                    + "/usr/lib/postgresql/<major>/bin (Debian: apt-get install postgresql-15)"));
        }
        assumeThat(bin).as("PostgreSQL under /usr/lib/postgresql (Debian: apt-get install postgresql-15)").isPresent();
        assumeThat(cannotRun).as("a way to run the server").isEmpty();
        postgres = ThrowawayPostgres.start(bin.get(), "pw-" + UUID.randomUUID());
        execute("postgres", "CREATE DATABASE " + DATABASE);

        try (PostgresDatabase database = PostgresDatabase.connect(new PostgresDatabase.Settings(postgres.jdbcUrl(DATABASE),
                ThrowawayPostgres.USER, postgres.password(), 2, Duration.ofSeconds(10)))) {
            assertThat(database.migrate()).as("the migrations applied to the new database").isGreaterThan(20);
        }
        Files.createDirectories(work.resolve("dev"));
        try (DevJar dev = DevJar.startHealthy(work.resolve("dev"), Map.of("DATABASE_URL", postgres.jdbcUrl(DATABASE),
                "DATABASE_USER", ThrowawayPostgres.USER, "DATABASE_PASSWORD", postgres.password()))) {
            fill(dev.api());
        }
        original = snapshot();
        for (String table : FILLED) {
            assertThat(original.get("rows " + table)).as("rows of %s after the filling, in %s", table, original).isNotNull().doesNotStartWith("0 ");
        }

        backup = work.resolve("backups/assistant.dump");
        Files.createDirectories(backup.getParent());
        Result made = script(Map.of(), "backup", backup.toString());
        assertThat(made.exitCode()).as(made.output()).isZero();
        assertThat(made.output()).contains("PostgreSQL " + postgres.bin().getParent().getFileName() + " server")
                .contains("backup written to " + backup);
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_backup_is_readable_by_its_owner_only_and_never_overwritten() throws Exception {
        assertThat(Files.getPosixFilePermissions(backup)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        byte[] before = Files.readAllBytes(backup);
        assertThat(new String(before, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("PGDMP");

        Result again = script(Map.of(), "backup", backup.toString());
        assertThat(again.exitCode()).as(again.output()).isEqualTo(73);
        assertThat(again.output()).contains("already exists", "refusing to overwrite");
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
        try (var left = Files.list(backup.getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).as("no temporary file left").containsExactly("assistant.dump");
        }
    }

    @Test
    void a_database_destroyed_and_restored_holds_every_row_it_held() throws Exception {
        destroyAndCreateEmpty();
        assertThat(snapshot().keySet()).noneMatch(key -> key.startsWith("rows "));

        Result restored = script(Map.of(), "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();

        assertSameAs(original, snapshot());
    }

    @Test
    void a_restore_over_data_is_refused_without_force_and_replaces_it_with_force() throws Exception {
        restoreTheOriginal();
        execute(DATABASE, "DELETE FROM messages WHERE author = 'assistant'");
        execute(DATABASE, "UPDATE accounts SET display_name = 'changed after the backup'");
        Map<String, String> changed = snapshot();
        assertThat(changed).isNotEqualTo(original);

        Result refused = script(Map.of(), "restore", backup.toString());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(77);
        assertThat(refused.output()).contains("already holds", "public.", "--force");
        assertSameAs(changed, snapshot());

        Result forced = script(Map.of(), "restore", "--force", backup.toString());
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertSameAs(original, snapshot());
    }

    @Test
    void a_forced_restore_is_refused_when_tables_outside_the_backup_would_stay() throws Exception {
        restoreTheOriginal();
        execute(DATABASE, "CREATE TABLE of_a_later_migration (id bigint PRIMARY KEY)");
        Result refused = script(Map.of(), "restore", "--force", backup.toString());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(77);
        assertThat(refused.output()).contains("public.of_a_later_migration", "create it empty");
        execute(DATABASE, "DROP TABLE of_a_later_migration");
        assertSameAs(original, snapshot());
    }

    @Test
    void a_missing_or_damaged_backup_is_refused_clearly_and_changes_nothing() throws Exception {
        restoreTheOriginal();
        execute(DATABASE, "UPDATE tasks SET title = title || ' (after the backup)'");
        Map<String, String> current = snapshot();

        Result missing = script(Map.of(), "restore", "--force", work.resolve("no-such.dump").toString());
        assertThat(missing.exitCode()).as(missing.output()).isEqualTo(66);
        assertThat(missing.output()).contains("no backup file");

        Path garbage = work.resolve("garbage.dump");
        Files.writeString(garbage, "this is not a pg_dump archive\n");
        Result notABackup = script(Map.of(), "restore", "--force", garbage.toString());
        assertThat(notABackup.exitCode()).as(notABackup.output()).isEqualTo(65);
        assertThat(notABackup.output()).contains("not a pg_dump custom-format backup");

        // Cut in its last data block: the table of contents (at the start) reads, so the restore
        // begins, dropping and re-creating every table, then fails at the cut and is rolled back.
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = work.resolve("truncated.dump");
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 10));
        Result cut = script(Map.of(), "restore", "--force", truncated.toString());
        assertThat(cut.exitCode()).as(cut.output()).isEqualTo(1);
        assertThat(cut.output()).contains("--force: replacing", "pg_restore failed: nothing was changed");

        Path headerOnly = work.resolve("header-only.dump");
        Files.write(headerOnly, Arrays.copyOf(whole, 64));
        Result header = script(Map.of(), "restore", "--force", headerOnly.toString());
        assertThat(header.exitCode()).as(header.output()).isEqualTo(65);
        assertThat(header.output()).contains("not a readable backup");

        assertSameAs(current, snapshot());
    }

    @Test
    void compose_mode_runs_the_tools_in_the_postgres_service_with_its_password_secret() throws Exception {
        // A stand-in for `docker compose` (no Docker engine here): it runs the container's command on
        // this host with the postgres service's environment, POSTGRES_PASSWORD_FILE included, and
        // nothing of the caller's PG* variables: the script must find its way from those alone.
        Path secret = work.resolve("compose/postgres_password");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, postgres.password() + "\n");
        Path fake = work.resolve("compose/fake-compose");
        Files.writeString(fake, """
                #!/bin/sh
                set -eu
                [ "$1" = exec ] && [ "$2" = -T ] || { echo "fake-compose: unexpected: $*" >&2; exit 2; }
                shift 2
                given=""
                while [ "$1" = -e ]; do given="$given $2"; shift 2; done
                [ "$1" = postgres ] || { echo "fake-compose: no service postgres: $*" >&2; exit 2; }
                shift
                # shellcheck disable=SC2086 # NAME=VALUE words, as docker compose exec -e sets them
                exec env -i PATH="%s:/usr/bin:/bin" POSTGRES_USER=assistant POSTGRES_DB=assistant \\
                  POSTGRES_PASSWORD_FILE="%s" PGHOST=127.0.0.1 PGPORT=%d $given "$@"
                """.formatted(postgres.bin(), secret, postgres.port()));
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> compose = Map.of("COMPOSE_COMMAND", fake.toString(), "ASSISTANT_COMPOSE_DIR", secret.getParent().toString());

        restoreTheOriginal();
        Path composeBackup = work.resolve("compose/assistant.dump");
        Result made = scriptWithout(compose, "--compose", "backup", composeBackup.toString());
        assertThat(made.exitCode()).as(made.output()).isZero();
        assertThat(made.output()).contains("in the compose service postgres");
        assertThat(Files.getPosixFilePermissions(composeBackup)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);

        destroyAndCreateEmpty();
        Result restored = scriptWithout(compose, "--compose", "restore", composeBackup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertSameAs(original, snapshot());

        // The monthly restore test of docs/deployment/backups.md: into a scratch database named here.
        execute("postgres", "CREATE DATABASE assistant_restore_test");
        try {
            Map<String, String> scratch = new HashMap<>(compose);
            scratch.put("PGDATABASE", "assistant_restore_test");
            Result tested = scriptWithout(scratch, "--compose", "restore", composeBackup.toString());
            assertThat(tested.exitCode()).as(tested.output()).isZero();
            assertThat(count("assistant_restore_test", "accounts")).isEqualTo(count(DATABASE, "accounts")).isPositive();
            assertThat(count("assistant_restore_test", "messages")).isEqualTo(count(DATABASE, "messages")).isPositive();
        } finally {
            execute("postgres", "DROP DATABASE assistant_restore_test WITH (FORCE)");
        }
    }

    private static long count(String database, String table) throws SQLException {
        try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void client_tools_older_than_the_server_are_refused_before_anything_is_written() throws Exception {
        // The embedded PostgreSQL is 17; the machine's tools (Debian 12) are older.
        int clientMajor = Integer.parseInt(postgres.bin().getParent().getFileName().toString());
        assumeThat(clientMajor).as("client tools older than the embedded PostgreSQL 17").isLessThan(17);
        try (EmbeddedPostgresServer newer = EmbeddedPostgresServer.start(Optional.empty())) {
            Path target = work.resolve("newer.dump");
            Result refused = script(Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(newer.port()), "PGUSER", "postgres",
                    "PGDATABASE", "postgres", "PGPASSWORD", "", "PG_BINDIR", postgres.bin().toString()), "backup", target.toString());
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(69);
            assertThat(refused.output()).contains("the server is PostgreSQL 17", "postgresql-client-17", "--compose");
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void the_password_is_never_printed() throws Exception {
        Result made = script(Map.of(), "backup", work.resolve("printed.dump").toString());
        assertThat(made.exitCode()).as(made.output()).isZero();
        Result refused = script(Map.of(), "restore", work.resolve("printed.dump").toString());
        assertThat(refused.exitCode()).isEqualTo(77);
        Result unreachable = script(Map.of("PGPORT", "1"), "backup", work.resolve("unreachable.dump").toString());
        assertThat(unreachable.exitCode()).as(unreachable.output()).isEqualTo(1);
        assertThat(unreachable.output()).contains("cannot reach PostgreSQL at 127.0.0.1:1");
        assertThat(made.output() + refused.output() + unreachable.output()).doesNotContain(postgres.password());
    }

    /** Fills the database as people do, through the packaged jar's API. */
    private static void fill(ApiClient api) {
        for (int person = 0; person < 3; person++) {
            String email = "backup-" + person + "-" + UUID.randomUUID() + "@example.org";
            Map<String, String> registration = person == 1
                    ? Map.of("email", email, "password", PASSWORD, "displayName", "Élodie 🌱", "locale", "fr", "timezone", "Europe/Paris")
                    : Map.of("email", email, "password", PASSWORD, "displayName", "Sam " + person);
            assertThat(api.postJson("/api/v1/auth/register", registration).status()).isEqualTo(201);
            ApiClient.Reply login = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
            assertThat(login.status()).as(login.body()).isEqualTo(200);
            String token = login.json().get("accessToken").asText();

            String conversation = created(api.postJson("/api/v1/conversations", token, Map.of("title", "Plans " + person)));
            for (String body : List.of("todo call the pharmacy", "ajoute acheter du pain", "remind me to take my meds in 20 min",
                    "every weekday at 8 stretch", "today", "done 1", "thanks")) {
                created(api.postJson("/api/v1/conversations/" + conversation + "/messages", token, Map.of("body", body)));
            }
            String task = created(api.send(api.request("/api/v1/tasks").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"file the taxes \\\"2026\\\"\"}"))));
            created(api.postJson("/api/v1/reminders", token, Map.of("text", "taxes", "dueAt", Instant.now().plus(Duration.ofDays(2)).toString(),
                    "taskId", task)));
            created(api.postJson("/api/v1/reminders", token, Map.of("text", "water the plants", "dueAt",
                    Instant.now().plus(Duration.ofDays(1)).toString(), "recurrence", "FREQ=WEEKLY;BYDAY=MO,TH", "timezone", "America/New_York")));
            assertThat(api.putJson("/api/v1/users/me/preferences", token, """
                    {"quietHours": {"start": "23:00", "end": "07:00"}, "nagIntervalMinutes": 15, "maxNags": 2,
                     "checkInTime": "08:30", "reminderChannels": ["email", "web"]}""").status()).isEqualTo(200);
            assertThat(api.patchJson("/api/v1/users/me", token, "{\"smsConsent\": true}").status()).isEqualTo(200);
            if (person == 0) {
                ApiClient.Reply setup = api.postJson("/api/v1/mfa/totp/setup", token, null);
                assertThat(setup.status()).as(setup.body()).isEqualTo(200);
                String code = ReferenceTotp.code(setup.json().get("secret").asText(), TotpPolicy.stepAt(Instant.now()));
                ApiClient.Reply confirmed = api.postJson("/api/v1/mfa/totp/confirm", token, Map.of("code", code));
                assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            }
            assertThat(api.postJson("/api/v1/auth/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
        }
    }

    private static String created(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asText();
    }

    /** Drops the database and the role its policies name (as a new server has neither), then creates it empty. */
    private static void destroyAndCreateEmpty() throws SQLException {
        execute("postgres", "DROP DATABASE " + DATABASE + " WITH (FORCE)");
        execute("postgres", "DROP ROLE " + SCHEMA_ROLE);
        execute("postgres", "CREATE DATABASE " + DATABASE);
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname = '" + SCHEMA_ROLE + "'")) {
            role.next();
            assertThat(role.getInt(1)).as("the role is gone").isZero();
        }
    }

    private static void restoreTheOriginal() throws Exception {
        destroyAndCreateEmpty();
        Result restored = script(Map.of(), "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertSameAs(original, snapshot());
    }

    private static void assertSameAs(Map<String, String> expected, Map<String, String> actual) {
        assertThat(actual.keySet()).as("the tables, sequences, indexes, constraints, policies and grants")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, value) -> assertThat(actual.get(key)).as(key).isEqualTo(value));
    }

    /**
     * What the database holds, by name: every table's row count and md5 of its rows in order, every
     * sequence's position, index, constraint, trigger, function, policy and row-level security flag,
     * the grants to the account-scope role and the Flyway history (a table of its own, so its rows too).
     */
    private static Map<String, String> snapshot() throws SQLException {
        Map<String, String> snapshot = new TreeMap<>();
        try (Connection connection = postgres.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename), relrowsecurity"
                    + " FROM pg_tables JOIN pg_class ON pg_class.oid = (quote_ident(schemaname) || '.' || quote_ident(tablename))::regclass"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                    snapshot.put("row level security " + rows.getString(1), rows.getString(2));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                        + " FROM " + table + " t")) {
                    rows.next();
                    snapshot.put("rows " + table, rows.getLong(1) + " " + rows.getString(2));
                }
            }
            collect(statement, snapshot, "sequence ", "SELECT schemaname || '.' || sequencename, coalesce(last_value::text, 'unused') FROM pg_sequences");
            collect(statement, snapshot, "index ", "SELECT schemaname || '.' || indexname, indexdef FROM pg_indexes"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
            // Without parentheses: a CHECK of "a BETWEEN 1 AND 200 AND b" made by a migration reads back as
            // ((a >= 1) AND (a <= 200)) AND b, and as one flat AND once pg_restore has parsed it again.
            collect(statement, snapshot, "constraint ", "SELECT conrelid::regclass || '.' || conname,"
                    + " translate(pg_get_constraintdef(oid), '()', '') FROM pg_constraint"
                    + " WHERE connamespace = 'public'::regnamespace");
            collect(statement, snapshot, "trigger ", "SELECT tgrelid::regclass || '.' || tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal");
            collect(statement, snapshot, "function ", "SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid) FROM pg_proc p"
                    + " WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')");
            collect(statement, snapshot, "policy ", "SELECT tablename || '.' || policyname, roles::text || ' ' || cmd || ' ' || coalesce(qual, '')"
                    + " || ' ' || coalesce(with_check, '') FROM pg_policies");
            collect(statement, snapshot, "grant ", "SELECT table_name || ' ' || privilege_type, grantee FROM information_schema.role_table_grants"
                    + " WHERE grantee = '" + SCHEMA_ROLE + "'");
        }
        return snapshot;
    }

    private static void collect(Statement statement, Map<String, String> snapshot, String prefix, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                snapshot.put(prefix + rows.getString(1), rows.getString(2));
            }
        }
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection connection = postgres.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private record Result(int exitCode, String output) {}

    /** db.sh with the libpq variables of the throwaway server, and {@code environment} on top. */
    private static Result script(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Map<String, String> variables = new HashMap<>(Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(postgres.port()),
                "PGUSER", ThrowawayPostgres.USER, "PGDATABASE", DATABASE, "PGPASSWORD", postgres.password()));
        variables.putAll(environment);
        return scriptWithout(variables, arguments);
    }

    /** db.sh with none of this JVM's PG* variables, and {@code environment} only. */
    private static Result scriptWithout(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("COMPOSE"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("db.sh %s ended", command).isTrue();
        return new Result(process.exitValue(), output);
    }
}
