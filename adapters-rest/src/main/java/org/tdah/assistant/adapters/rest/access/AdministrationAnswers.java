package org.tdah.assistant.adapters.rest.access;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.access.administration.DisableAccount;
import org.tdah.assistant.application.access.administration.EnableAccount;
import org.tdah.assistant.application.access.administration.ResetSecondFactors;
import org.tdah.assistant.application.access.administration.SearchAccounts;
import org.tdah.assistant.application.access.administration.ViewAccount;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;

/** The HTTP answer to every result of the administration use cases, each a {@code Mapping} of its result. */
final class AdministrationAnswers {
    private AdministrationAnswers() {}

    /**
     * An account as administrators see it; {@code disabledAt} is null while it may log in, and
     * {@code secondFactors} is present on {@code GET /admin/users/{id}} only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdminAccountRepresentation(String id, String email, String displayName, List<String> roles, String state,
            boolean emailVerified, String createdAt,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) String disabledAt,
            SecondFactorsRepresentation secondFactors) {

        static AdminAccountRepresentation of(Account account) {
            return of(account, null);
        }

        static AdminAccountRepresentation of(Account account, SecondFactorsRepresentation secondFactors) {
            return new AdminAccountRepresentation(account.id().value(), account.email().value(),
                    account.displayName().value(), account.roles().stream().sorted().map(Role::wireName).toList(),
                    account.state().wireName(), account.emailVerified(), millis(account.createdAt()),
                    account.isDisabled() ? millis(account.disabledAt()) : null, secondFactors);
        }
    }

    /** Whether each second factor is on, and how many backup codes are left; never a secret. */
    record SecondFactorsRepresentation(boolean totpEnabled, boolean smsEnabled, int backupCodesRemaining) {}

    record AccountList(List<AdminAccountRepresentation> items,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(nullable = true) String nextCursor) {}

    static Response of(SearchAccounts.Result result) {
        return result.map(new SearchAccounts.Result.Mapping<>() {
            @Override
            public Response on(SearchAccounts.Result.Found found) {
                return Response.ok(new AccountList(
                        found.page().items().stream().map(AdminAccountRepresentation::of).toList(),
                        found.page().next().map(AccountCursors::encode).orElse(null))).build();
            }

            @Override
            public Response on(SearchAccounts.Result.NotAllowed notAllowed) {
                return AccessAnswers.notAllowed();
            }
        });
    }

    static Response of(ViewAccount.Result result) {
        return result.map(new ViewAccount.Result.Mapping<>() {
            @Override
            public Response on(ViewAccount.Result.Found found) {
                ViewAccount.AccountDetails details = found.details();
                return Response.ok(AdminAccountRepresentation.of(details.account(), new SecondFactorsRepresentation(
                        details.totpEnabled(), details.smsEnabled(), details.backupCodesRemaining()))).build();
            }

            @Override
            public Response on(ViewAccount.Result.NotAllowed notAllowed) {
                return AccessAnswers.notAllowed();
            }

            @Override
            public Response on(ViewAccount.Result.NoSuchAccount noSuchAccount) {
                return AccessAnswers.noSuchAccount();
            }
        });
    }

    static Response of(DisableAccount.Result result) {
        return result.map(new DisableAccount.Result.Mapping<>() {
            @Override
            public Response on(DisableAccount.Result.Disabled disabled) {
                return Response.ok(AdminAccountRepresentation.of(disabled.account())).build();
            }

            @Override
            public Response on(DisableAccount.Result.NotAllowed notAllowed) {
                return AccessAnswers.notAllowed();
            }

            @Override
            public Response on(DisableAccount.Result.OwnAccount ownAccount) {
                return Problems.response(AccessProblem.OWN_ACCOUNT, "Another administrator must disable your account.");
            }

            @Override
            public Response on(DisableAccount.Result.NoSuchAccount noSuchAccount) {
                return AccessAnswers.noSuchAccount();
            }

            @Override
            public Response on(DisableAccount.Result.LastAdministrator lastAdministrator) {
                return AccessAnswers.lastAdministrator();
            }
        });
    }

    static Response of(EnableAccount.Result result) {
        return result.map(new EnableAccount.Result.Mapping<>() {
            @Override
            public Response on(EnableAccount.Result.Enabled enabled) {
                return Response.ok(AdminAccountRepresentation.of(enabled.account())).build();
            }

            @Override
            public Response on(EnableAccount.Result.NotAllowed notAllowed) {
                return AccessAnswers.notAllowed();
            }

            @Override
            public Response on(EnableAccount.Result.NoSuchAccount noSuchAccount) {
                return AccessAnswers.noSuchAccount();
            }
        });
    }

    static Response of(ResetSecondFactors.Result result) {
        return result.map(new ResetSecondFactors.Result.Mapping<>() {
            @Override
            public Response on(ResetSecondFactors.Result.Reset reset) {
                return Response.noContent().build();
            }

            @Override
            public Response on(ResetSecondFactors.Result.NotAllowed notAllowed) {
                return AccessAnswers.notAllowed();
            }

            @Override
            public Response on(ResetSecondFactors.Result.OwnAccount ownAccount) {
                return Problems.response(AccessProblem.OWN_ACCOUNT,
                        "Another administrator must reset your second factors.");
            }

            @Override
            public Response on(ResetSecondFactors.Result.NoSuchAccount noSuchAccount) {
                return AccessAnswers.noSuchAccount();
            }
        });
    }

    private static String millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
