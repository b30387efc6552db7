package org.tdah.assistant.adapters.persistence.access;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/**
 * The role grants in PostgreSQL (role_permissions, seeded by the migrations), read once: only a
 * migration changes them, and a migration comes with a restart, so every request's permission
 * check costs no query. An account's roles, which do change at run time, are not kept here.
 */
public final class JdbiRolePermissions implements RolePermissions {
    private final PostgresDatabase database;
    private volatile Map<Role, Set<Permission>> grants;

    public JdbiRolePermissions(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Set<Permission> grantedTo(Set<Role> roles) {
        Map<Role, Set<Permission>> all = grants();
        Set<Permission> granted = new HashSet<>();
        roles.forEach(role -> granted.addAll(all.getOrDefault(role, Set.of())));
        return Set.copyOf(granted);
    }

    private Map<Role, Set<Permission>> grants() {
        Map<Role, Set<Permission>> loaded = grants;
        if (loaded == null) {
            loaded = database.withHandle(handle -> handle
                    .createQuery("SELECT role, permission FROM role_permissions")
                    .map((row, context) -> Map.entry(Role.valueOf(row.getString("role")),
                            new Permission(row.getString("permission"))))
                    .stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey, () -> new EnumMap<>(Role.class),
                            Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableSet()))));
            grants = loaded;
        }
        return loaded;
    }
}
