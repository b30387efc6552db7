package org.tdah.assistant.adapters.rest.access;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.adapters.rest.shared.PermissionFeature;
import org.tdah.assistant.application.access.AccessCore;

/**
 * The resources of the access context, and the permission check that guards every
 * {@code @RequiresPermission} method of any context (registered here, with the access context's
 * rules, so that no administration path is served unguarded).
 */
public final class AccessApi {
    private AccessApi() {}

    /**
     * Installs the resources, and the permission check unless {@code enforcePermissions} is false,
     * which only the overhead benchmark asks for ({@code server} refuses it).
     */
    public static void install(JerseyEnvironment jersey, AccessCore core, boolean enforcePermissions) {
        if (enforcePermissions) {
            jersey.register(new PermissionFeature(core.authorizeCall()));
        }
        jersey.register(new AdminRolesResource(core.listRoles(), core.setAccountRoles()));
        jersey.register(new AdminUsersResource(core.searchAccounts(), core.viewAccount(), core.disableAccount(),
                core.enableAccount(), core.resetSecondFactors()));
    }
}
