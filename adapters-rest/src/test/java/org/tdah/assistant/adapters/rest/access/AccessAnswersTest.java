package org.tdah.assistant.adapters.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tdah.assistant.adapters.rest.identity.IdentityProblem;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problem;
import org.tdah.assistant.adapters.rest.shared.ProblemType;
import org.tdah.assistant.application.access.SetAccountRoles;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Every variant of every access result gets its own HTTP answer: the status and problem type
 * that docs/api.md promises; fails when a variant has no row here.
 */
class AccessAnswersTest {
    private static final AccountId ACCOUNT = new AccountId("account-1");

    record Case(Class<?> variant, Supplier<Response> answer, int status, ProblemType problem) {}

    private static Case ok(Object variant, Supplier<Response> answer, int status) {
        return new Case(variant.getClass(), answer, status, null);
    }

    private static Case problem(Object variant, Supplier<Response> answer, ProblemType problem) {
        return new Case(variant.getClass(), answer, problem.status(), problem);
    }

    private static final List<Class<?>> RESULTS = List.of(SetAccountRoles.Result.class);

    static List<Case> cases() {
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
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.variant().getName(), () -> {
            Response response = c.answer().get();
            assertThat(response.getStatus()).as("status of %s", c.variant().getSimpleName()).isEqualTo(c.status());
            if (c.problem() == null) {
                assertThat(response.getEntity() instanceof Problem).as("%s is no problem", c.variant().getSimpleName()).isFalse();
            } else {
                assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
                assertThat(((Problem) response.getEntity()).type()).isEqualTo(c.problem().uri().toString());
            }
        }));
    }

    @Test
    void every_variant_of_every_access_result_has_a_row_here() {
        Set<Class<?>> covered = cases().stream().map(Case::variant).collect(Collectors.toSet());
        Set<Class<?>> variants = RESULTS.stream()
                .flatMap(result -> Arrays.stream(result.getPermittedSubclasses()))
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(variants);
    }

    @Test
    void a_change_answers_the_roles_least_privileged_first() {
        var answer = (AccessAnswers.AccountRolesRepresentation) AccessAnswers.of(
                new SetAccountRoles.Result.Changed(ACCOUNT, Set.of(Role.ADMINISTRATOR, Role.USER))).getEntity();
        assertThat(answer.roles()).containsExactly("user", "administrator");
    }

    @Test
    void problem_slugs_are_unique_across_contexts() {
        List<String> slugs = Stream.of(GeneralProblem.values(), IdentityProblem.values(), AccessProblem.values())
                .flatMap(Arrays::stream)
                .map(ProblemType::slug).toList();
        assertThat(slugs).doesNotHaveDuplicates();
    }
}
