package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A table of expected HTTP answers, one row per variant of a context's results, and the two
 * checks every context's answers test runs on it: each row's status and problem type, and that
 * no variant of the listed results lacks a row.
 */
public final class AnswerTable {
    private AnswerTable() {}

    /** One variant, how it is answered, and the answer expected: a status and a problem type or none. */
    public record Case(Class<?> variant, Supplier<Response> answer, int status, ProblemType problem) {}

    public static Case ok(Object variant, Supplier<Response> answer, int status) {
        return new Case(variant.getClass(), answer, status, null);
    }

    public static Case problem(Object variant, Supplier<Response> answer, ProblemType problem) {
        return new Case(variant.getClass(), answer, problem.status(), problem);
    }

    /** A problem whose status is not its type's own (validation failures are 422 under one type). */
    public static Case rejected(Object variant, Supplier<Response> answer, ProblemType problem, int status) {
        return new Case(variant.getClass(), answer, status, problem);
    }

    public static Stream<DynamicTest> eachAnswered(List<Case> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.variant().getName(), () -> {
            Response response = c.answer().get();
            assertThat(response.getStatus()).as("status of %s", c.variant().getSimpleName()).isEqualTo(c.status());
            if (c.problem() == null) {
                assertThat(response.getEntity() instanceof Problem).as("%s is no problem", c.variant().getSimpleName())
                        .isFalse();
            } else {
                assertThat(response.getMediaType().toString()).isEqualTo(Problems.MEDIA_TYPE);
                assertThat(((Problem) response.getEntity()).type()).isEqualTo(c.problem().uri().toString());
            }
        }));
    }

    public static void assertEveryVariantHasARow(List<Class<?>> results, List<Case> cases) {
        Set<Class<?>> covered = cases.stream().map(Case::variant).collect(Collectors.toSet());
        Set<Class<?>> variants = results.stream()
                .flatMap(result -> Arrays.stream(result.getPermittedSubclasses()))
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(variants);
    }
}
