package org.tdah.assistant.application.access;

import java.util.List;
import org.tdah.assistant.domain.access.Role;

/**
 * The roles an account can hold, least privileged first; each includes the ones before it. The
 * first in-port of the access context: permissions, grants and their audit come with it.
 */
public final class ListRoles {

    /** A role and the roles it includes (itself among them). */
    public record RoleView(Role role, List<Role> includes) {}

    ListRoles() {}

    public List<RoleView> list() {
        return List.of(Role.values()).stream()
                .map(role -> new RoleView(role, List.of(Role.values()).stream().filter(role::includes).toList()))
                .toList();
    }
}
