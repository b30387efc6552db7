package org.tdah.assistant.adapters.persistence.access;

import java.util.Set;
import java.util.stream.Collectors;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/** The role grants in PostgreSQL (role_permissions, seeded by V12). */
public final class JdbiRolePermissions implements RolePermissions {
    private final PostgresDatabase database;

    public JdbiRolePermissions(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Set<Permission> grantedTo(Set<Role> roles) {
        return database.withHandle(handle -> handle
                .createQuery("SELECT DISTINCT permission FROM role_permissions WHERE role = ANY(:roles)")
                .bindArray("roles", String.class, roles.stream().map(Role::name).toList())
                .mapTo(String.class)
                .stream()
                .map(Permission::new)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
