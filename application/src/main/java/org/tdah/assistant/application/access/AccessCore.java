package org.tdah.assistant.application.access;

/**
 * The composition root of the access context (roles, permissions, the audit of decisions). It
 * needs no out-port yet: roles are the domain's {@link org.tdah.assistant.domain.access.Role}.
 * When roles move to storage, an {@code OutPorts} record joins here, as in {@code IdentityCore}.
 */
public final class AccessCore {
    private final ListRoles listRoles = new ListRoles();

    public ListRoles listRoles() {
        return listRoles;
    }
}
