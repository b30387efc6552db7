package org.tdah.assistant.adapters.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.ok;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.problem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tdah.assistant.adapters.rest.shared.AnswerTable;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.application.access.SetAccountRoles;
import org.tdah.assistant.application.access.administration.DisableAccount;
import org.tdah.assistant.application.access.administration.EnableAccount;
import org.tdah.assistant.application.access.administration.ResetSecondFactors;
import org.tdah.assistant.application.access.administration.SearchAccounts;
import org.tdah.assistant.application.access.administration.ViewAccount;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;

/**
 * Every variant of every access result (roles and the administration of accounts) gets its own HTTP answer: the status and problem type
 * that docs/api.md promises; fails when a variant has no row here.
 */
class AccessAnswersTest {
    private static final AccountId ACCOUNT = new AccountId("account-1");

    private static final Account SAM = Account.register(ACCOUNT, EmailAddress.parse("sam@example.org"),
            DisplayName.parse("Sam"), new PasswordHash("hash"), Instant.parse("2026-12-01T09:00:00Z"));

    private static final List<Class<?>> RESULTS = List.of(SetAccountRoles.Result.class, SearchAccounts.Result.class,
            ViewAccount.Result.class, DisableAccount.Result.class, EnableAccount.Result.class,
            ResetSecondFactors.Result.class);

    static List<AnswerTable.Case> cases() {
        var changed = new SetAccountRoles.Result.Changed(ACCOUNT, Set.of(Role.USER, Role.PREMIUM));
        var found = new SearchAccounts.Result.Found(new SearchAccounts.AccountPage(List.of(SAM), Optional.empty()));
        var viewed = new ViewAccount.Result.Found(new ViewAccount.AccountDetails(SAM, true, false, 10));
        var disabled = new DisableAccount.Result.Disabled(SAM.disabledAt(Instant.parse("2026-12-02T09:00:00Z")));
        var enabled = new EnableAccount.Result.Enabled(SAM);
        return List.of(
                ok(found, () -> AdministrationAnswers.of(found), 200),
                problem(new SearchAccounts.Result.NotAllowed(),
                        () -> AdministrationAnswers.of(new SearchAccounts.Result.NotAllowed()), GeneralProblem.FORBIDDEN),
                ok(viewed, () -> AdministrationAnswers.of(viewed), 200),
                problem(new ViewAccount.Result.NotAllowed(),
                        () -> AdministrationAnswers.of(new ViewAccount.Result.NotAllowed()), GeneralProblem.FORBIDDEN),
                problem(new ViewAccount.Result.NoSuchAccount(),
                        () -> AdministrationAnswers.of(new ViewAccount.Result.NoSuchAccount()), GeneralProblem.NOT_FOUND),
                ok(disabled, () -> AdministrationAnswers.of(disabled), 200),
                problem(new DisableAccount.Result.NotAllowed(),
                        () -> AdministrationAnswers.of(new DisableAccount.Result.NotAllowed()), GeneralProblem.FORBIDDEN),
                problem(new DisableAccount.Result.OwnAccount(),
                        () -> AdministrationAnswers.of(new DisableAccount.Result.OwnAccount()), AccessProblem.OWN_ACCOUNT),
                problem(new DisableAccount.Result.NoSuchAccount(),
                        () -> AdministrationAnswers.of(new DisableAccount.Result.NoSuchAccount()), GeneralProblem.NOT_FOUND),
                problem(new DisableAccount.Result.LastAdministrator(),
                        () -> AdministrationAnswers.of(new DisableAccount.Result.LastAdministrator()),
                        AccessProblem.LAST_ADMINISTRATOR),
                ok(enabled, () -> AdministrationAnswers.of(enabled), 200),
                problem(new EnableAccount.Result.NotAllowed(),
                        () -> AdministrationAnswers.of(new EnableAccount.Result.NotAllowed()), GeneralProblem.FORBIDDEN),
                problem(new EnableAccount.Result.NoSuchAccount(),
                        () -> AdministrationAnswers.of(new EnableAccount.Result.NoSuchAccount()), GeneralProblem.NOT_FOUND),
                ok(new ResetSecondFactors.Result.Reset(),
                        () -> AdministrationAnswers.of(new ResetSecondFactors.Result.Reset()), 204),
                problem(new ResetSecondFactors.Result.NotAllowed(),
                        () -> AdministrationAnswers.of(new ResetSecondFactors.Result.NotAllowed()), GeneralProblem.FORBIDDEN),
                problem(new ResetSecondFactors.Result.OwnAccount(),
                        () -> AdministrationAnswers.of(new ResetSecondFactors.Result.OwnAccount()),
                        AccessProblem.OWN_ACCOUNT),
                problem(new ResetSecondFactors.Result.NoSuchAccount(),
                        () -> AdministrationAnswers.of(new ResetSecondFactors.Result.NoSuchAccount()),
                        GeneralProblem.NOT_FOUND),
                ok(changed, () -> AccessAnswers.of(changed), 200),
                problem(new SetAccountRoles.Result.NotAllowed(),
                        () -> AccessAnswers.of(new SetAccountRoles.Result.NotAllowed()), GeneralProblem.FORBIDDEN),
                problem(new SetAccountRoles.Result.OwnRoles(),
                        () -> AccessAnswers.of(new SetAccountRoles.Result.OwnRoles()), AccessProblem.OWN_ROLES),
                problem(new SetAccountRoles.Result.UnknownRole("wizard"),
                        () -> AccessAnswers.of(new SetAccountRoles.Result.UnknownRole("wizard")),
                        GeneralProblem.VALIDATION_FAILED),
                problem(new SetAccountRoles.Result.NoSuchAccount(),
                        () -> AccessAnswers.of(new SetAccountRoles.Result.NoSuchAccount()), GeneralProblem.NOT_FOUND),
                problem(new SetAccountRoles.Result.LastAdministrator(),
                        () -> AccessAnswers.of(new SetAccountRoles.Result.LastAdministrator()),
                        AccessProblem.LAST_ADMINISTRATOR));
    }

    @TestFactory
    Stream<DynamicTest> each_variant_gets_its_own_status_and_problem_type() {
        return AnswerTable.eachAnswered(cases());
    }

    @Test
    void every_variant_of_every_access_result_has_a_row_here() {
        AnswerTable.assertEveryVariantHasARow(RESULTS, cases());
    }

    @Test
    void a_change_answers_the_roles_least_privileged_first() {
        var answer = (AccessAnswers.AccountRolesRepresentation) AccessAnswers.of(
                new SetAccountRoles.Result.Changed(ACCOUNT, Set.of(Role.ADMINISTRATOR, Role.USER))).getEntity();
        assertThat(answer.roles()).containsExactly("user", "administrator");
    }

    @Test
    void an_administrators_view_says_since_when_an_account_is_disabled_and_never_shows_its_hash() {
        var answer = (AdministrationAnswers.AdminAccountRepresentation) AdministrationAnswers.of(
                new DisableAccount.Result.Disabled(SAM.disabledAt(Instant.parse("2026-12-02T09:00:00.123456Z"))))
                .getEntity();
        assertThat(answer.state()).isEqualTo("disabled");
        assertThat(answer.disabledAt()).isEqualTo("2026-12-02T09:00:00.123Z");
        assertThat(answer.toString()).doesNotContain("hash");
    }
}
