package org.tdah.assistant.adapters.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.ok;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.problem;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tdah.assistant.adapters.rest.shared.AnswerTable;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.application.access.SetAccountRoles;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Every variant of every access result gets its own HTTP answer: the status and problem type
 * that docs/api.md promises; fails when a variant has no row here.
 */
class AccessAnswersTest {
    private static final AccountId ACCOUNT = new AccountId("account-1");

    private static final List<Class<?>> RESULTS = List.of(SetAccountRoles.Result.class);

    static List<AnswerTable.Case> cases() {
        var changed = new SetAccountRoles.Result.Changed(ACCOUNT, Set.of(Role.USER, Role.PREMIUM));
        return List.of(
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

}
