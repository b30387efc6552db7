package org.tdah.assistant.adapters.rest.access;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.access.SetAccountRoles;
import org.tdah.assistant.domain.access.Role;

/** The HTTP answer to every result of the access use cases, each a {@code Mapping} of its result. */
final class AccessAnswers {
    private AccessAnswers() {}

    /** An account's roles after a change. */
    record AccountRolesRepresentation(String id, List<String> roles) {}

    static Response of(SetAccountRoles.Result result) {
        return result.map(new SetAccountRoles.Result.Mapping<>() {
            @Override
            public Response on(SetAccountRoles.Result.Changed changed) {
                return Response.ok(new AccountRolesRepresentation(changed.account().value(),
                        changed.roles().stream().sorted().map(Role::wireName).toList())).build();
            }

            @Override
            public Response on(SetAccountRoles.Result.NotAllowed notAllowed) {
                return notAllowed();
            }

            @Override
            public Response on(SetAccountRoles.Result.OwnRoles ownRoles) {
                return Problems.response(AccessProblem.OWN_ROLES, "Another administrator must change your roles.");
            }

            @Override
            public Response on(SetAccountRoles.Result.UnknownRole unknownRole) {
                return Problems.fieldRejected("roles", List.of("unknown role: " + unknownRole.name()));
            }

            @Override
            public Response on(SetAccountRoles.Result.NoSuchAccount noSuchAccount) {
                return noSuchAccount();
            }

            @Override
            public Response on(SetAccountRoles.Result.LastAdministrator lastAdministrator) {
                return lastAdministrator();
            }
        });
    }

    /** The caller lacks {@code user:manage} (the permission check of the use case itself). */
    static Response notAllowed() {
        return Problems.response(GeneralProblem.FORBIDDEN, "This needs the permission user:manage.");
    }

    static Response noSuchAccount() {
        return Problems.response(GeneralProblem.NOT_FOUND, "There is no such account.");
    }

    static Response lastAdministrator() {
        return Problems.response(AccessProblem.LAST_ADMINISTRATOR, "Make another account administrator first.");
    }
}
