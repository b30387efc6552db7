package org.tdah.assistant.adapters.rest.access;

import org.tdah.assistant.adapters.rest.shared.ProblemType;

/** The problems of the access context: role and account changes that are refused. */
public enum AccessProblem implements ProblemType {
    OWN_ROLES(403, "own-roles", "You cannot change your own roles"),
    OWN_ACCOUNT(403, "own-account", "You cannot disable or recover your own account"),
    LAST_ADMINISTRATOR(409, "last-administrator", "The last administrator cannot lose the role");

    private final int status;
    private final String slug;
    private final String title;

    AccessProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String slug() {
        return slug;
    }
}
