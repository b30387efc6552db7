package org.tdah.assistant.adapters.rest.access;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.adapters.rest.shared.PermissionFeature;
import org.tdah.assistant.application.access.AccessCore;
import org.tdah.assistant.domain.access.Permission;

/**
 * The resources of the access context, and the permission check that guards every
 * {@code @RequiresPermission} method of any context (registered here, with the access context's
 * rules, so that no administration path is served unguarded).
 */
public final class AccessApi {
    private AccessApi() {}

    public static void install(JerseyEnvironment jersey, AccessCore core) {
        jersey.register(new PermissionFeature((caller, permission) ->
                core.effectivePermissions().allows(caller.roles(), new Permission(permission))));
        jersey.register(new AdminRolesResource(core.listRoles(), core.setAccountRoles()));
    }
}
