package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.rest.access.AccessProblem;
import org.tdah.assistant.adapters.rest.identity.IdentityProblem;

class ProblemTypesTest {

    @Test
    void problem_slugs_are_unique_across_contexts() {
        List<String> slugs = Stream.of(GeneralProblem.values(), IdentityProblem.values(), AccessProblem.values())
                .flatMap(Arrays::stream)
                .map(ProblemType::slug)
                .toList();
        assertThat(slugs).doesNotHaveDuplicates();
    }
}
