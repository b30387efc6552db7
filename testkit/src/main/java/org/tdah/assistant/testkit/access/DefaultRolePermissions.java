package org.tdah.assistant.testkit.access;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;

/** The permissions each role is granted directly by default: what migrations V12 and V13 seed. */
public final class DefaultRolePermissions {
    private DefaultRolePermissions() {}

    public static final Map<Role, Set<Permission>> GRANTS = Map.of(
            Role.USER, of("conversation:read", "conversation:write", "task:read", "task:write",
                    "reminder:read", "reminder:write", "sms-usage:read", "profile:read", "profile:write",
                    "phone-number:read"),
            Role.PREMIUM, of("phone-number:provision"),
            Role.ADMINISTRATOR, of("user:manage", "audit:read", "job:read", "sms-usage:read-all",
                    "phone-number:manage-all", "sms-log:read"));

    private static Set<Permission> of(String... values) {
        return Stream.of(values).map(Permission::new).collect(Collectors.toUnmodifiableSet());
    }
}
