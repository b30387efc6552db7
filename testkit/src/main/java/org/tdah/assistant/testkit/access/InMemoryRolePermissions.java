package org.tdah.assistant.testkit.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/** The role grants held in memory, the defaults unless told otherwise; behaves as {@code RolePermissionsContract} says. */
public final class InMemoryRolePermissions implements RolePermissions {
    private final Map<Role, Set<Permission>> grants;

    public InMemoryRolePermissions() {
        this(DefaultRolePermissions.GRANTS);
    }

    public InMemoryRolePermissions(Map<Role, Set<Permission>> grants) {
        this.grants = new EnumMap<>(Role.class);
        grants.forEach((role, permissions) -> this.grants.put(role, Set.copyOf(permissions)));
    }

    @Override
    public Set<Permission> grantedTo(Set<Role> roles) {
        return roles.stream().flatMap(role -> grants.getOrDefault(role, Set.of()).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
