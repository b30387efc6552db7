package org.tdah.assistant.application.access;

import java.util.List;
import java.util.Set;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/**
 * The roles an account can hold, least privileged first, each with the roles it includes and its
 * effective permissions (its own and those of every role below it), as stored. A query that
 * cannot fail, so it answers the list itself rather than a result type.
 */
public final class ListRoles {

    /** A role, the roles it includes (itself among them) and what it allows, sorted. */
    public record RoleView(Role role, List<Role> includes, List<Permission> permissions) {}

    private final EffectivePermissions effectivePermissions;

    ListRoles(EffectivePermissions effectivePermissions) {
        this.effectivePermissions = effectivePermissions;
    }

    public List<RoleView> list() {
        return List.of(Role.values()).stream()
                .map(role -> new RoleView(role,
                        List.of(Role.values()).stream().filter(role::includes).toList(),
                        List.copyOf(effectivePermissions.of(Set.of(role)))))
                .toList();
    }
}
