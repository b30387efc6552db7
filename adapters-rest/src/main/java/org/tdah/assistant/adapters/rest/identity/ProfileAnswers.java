package org.tdah.assistant.adapters.rest.identity;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.profile.ReplacePreferences;
import org.tdah.assistant.application.identity.profile.UpdateProfile;
import org.tdah.assistant.application.identity.profile.ViewPreferences;
import org.tdah.assistant.domain.access.Role;

/**
 * The HTTP answer to every result of the profile and preference use cases, each a {@code Mapping}
 * of its result. Preferences are answered with {@code Cache-Control: no-store}: a change must show
 * on the very next GET.
 */
final class ProfileAnswers {
    private static final String ACCOUNT_GONE = "The account of this token no longer exists.";

    private ProfileAnswers() {}

    /** @param permissionsOf the effective permissions of a set of roles, sorted (shown as GET /users/me shows them) */
    static Response of(UpdateProfile.Result result, Function<Set<Role>, List<String>> permissionsOf) {
        return result.map(new UpdateProfile.Result.Mapping<>() {
            @Override
            public Response on(UpdateProfile.Result.Updated updated) {
                return Response.ok(AccountRepresentation.of(updated.account(),
                        permissionsOf.apply(updated.account().roles()))).build();
            }

            @Override
            public Response on(UpdateProfile.Result.NoSuchAccount noSuchAccount) {
                return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, ACCOUNT_GONE);
            }
        });
    }

    static Response of(ViewPreferences.Result result) {
        return result.map(new ViewPreferences.Result.Mapping<>() {
            @Override
            public Response on(ViewPreferences.Result.Found found) {
                return Response.ok(PreferencesRepresentation.of(found.preferences()))
                        .header("Cache-Control", "no-store")
                        .build();
            }

            @Override
            public Response on(ViewPreferences.Result.NoSuchAccount noSuchAccount) {
                return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, ACCOUNT_GONE);
            }
        });
    }

    static Response of(ReplacePreferences.Result result) {
        return result.map(new ReplacePreferences.Result.Mapping<>() {
            @Override
            public Response on(ReplacePreferences.Result.Replaced replaced) {
                return Response.ok(PreferencesRepresentation.of(replaced.preferences()))
                        .header("Cache-Control", "no-store")
                        .build();
            }

            @Override
            public Response on(ReplacePreferences.Result.NoSuchAccount noSuchAccount) {
                return Problems.response(GeneralProblem.AUTHENTICATION_REQUIRED, ACCOUNT_GONE);
            }
        });
    }
}
