package org.tdah.assistant.application.access;

import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/**
 * What a set of roles allows: every permission granted to each role or to a role below it. A
 * query that cannot fail, so it answers the set itself rather than a result type.
 */
public final class EffectivePermissions {
    private final RolePermissions rolePermissions;

    EffectivePermissions(RolePermissions rolePermissions) {
        this.rolePermissions = rolePermissions;
    }

    /** The permissions of these roles, sorted. */
    public SortedSet<Permission> of(Set<Role> roles) {
        return new TreeSet<>(granted(roles));
    }

    /** Checked on every guarded request: no sorted copy. */
    public boolean allows(Set<Role> roles, Permission permission) {
        return granted(roles).contains(permission);
    }

    private Set<Permission> granted(Set<Role> roles) {
        Set<Role> included = Arrays.stream(Role.values())
                .filter(candidate -> roles.stream().anyMatch(role -> role.includes(candidate)))
                .collect(Collectors.toUnmodifiableSet());
        return included.isEmpty() ? Set.of() : rolePermissions.grantedTo(included);
    }
}
