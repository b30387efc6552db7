package org.tdah.assistant.adapters.persistence.access;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/** The roles of each account, in the roles column of the accounts table (V1). */
public final class JdbiAccountRoles implements AccountRoles {
    private final PostgresDatabase database;

    public JdbiAccountRoles(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Set<Role>> of(AccountId account) {
        return database.withHandle(handle -> handle.createQuery("SELECT roles FROM accounts WHERE id = :id")
                .bind("id", account.value())
                .map((row, column, context) -> roles(row.getArray(column)))
                .findOne());
    }

    @Override
    public boolean replace(AccountId account, Set<Role> roles) {
        return database.withHandle(handle -> handle.createUpdate("UPDATE accounts SET roles = :roles WHERE id = :id")
                .bind("id", account.value())
                .bind("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                .execute() == 1);
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
