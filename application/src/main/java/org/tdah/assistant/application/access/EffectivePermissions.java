package org.tdah.assistant.application.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/**
 * What a set of roles allows: every permission granted to each role or to a role below it. A
 * query that cannot fail, so it answers the set itself rather than a result type.
 *
 * <p>The grants do not change while the system runs ({@link RolePermissions}), so the answer for
 * each set of roles is worked out once and remembered: there are only as many sets as subsets of
 * {@link Role}, and every guarded request asks (docs/performance.md, "Cold start").
 */
public final class EffectivePermissions {
    private final RolePermissions rolePermissions;
    private final Map<Set<Role>, SortedSet<Permission>> byRoles = new ConcurrentHashMap<>();

    EffectivePermissions(RolePermissions rolePermissions) {
        this.rolePermissions = rolePermissions;
    }

    /** The permissions of these roles, sorted; the set cannot be changed. */
    public SortedSet<Permission> of(Set<Role> roles) {
        SortedSet<Permission> known = byRoles.get(roles);
        if (known == null) {
            SortedSet<Permission> worked = granted(roles);
            SortedSet<Permission> earlier = byRoles.putIfAbsent(Set.copyOf(roles), worked);
            known = earlier == null ? worked : earlier;
        }
        return known;
    }

    /** Checked on every guarded request. */
    public boolean allows(Set<Role> roles, Permission permission) {
        return of(roles).contains(permission);
    }

    private SortedSet<Permission> granted(Set<Role> roles) {
        Set<Role> included = Arrays.stream(Role.values())
                .filter(candidate -> roles.stream().anyMatch(role -> role.includes(candidate)))
                .collect(Collectors.toUnmodifiableSet());
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(included.isEmpty() ? Set.of() : rolePermissions.grantedTo(included)));
    }
}
