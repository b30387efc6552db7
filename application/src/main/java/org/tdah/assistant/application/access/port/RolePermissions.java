package org.tdah.assistant.application.access.port;

import java.util.Set;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/**
 * Which permissions each role is granted directly (stored, seeded with the defaults). What a role
 * inherits from the roles below it is the core's business, not the store's. The grants do not
 * change while the system runs (only a migration changes them, and it comes with a restart), so
 * the core may remember an answer.
 */
public interface RolePermissions {
    /** Every permission granted directly to any of these roles, in one read: it is on the path of /users/me. */
    Set<Permission> grantedTo(Set<Role> roles);
}
