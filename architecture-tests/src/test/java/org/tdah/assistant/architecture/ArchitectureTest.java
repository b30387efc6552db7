package org.tdah.assistant.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product's own classes keep every architecture rule. */
class ArchitectureTest {
    private static final String BASE = "org.tdah.assistant";
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static Stream<ArchRule> rules() {
        return ArchitectureRules.all(BASE).stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void the_product_keeps_the_rule(ArchRule rule) {
        rule.check(PRODUCT);
    }

    @Test
    void every_ring_is_imported_so_that_no_rule_passes_on_nothing() {
        for (String ring : new String[] {"domain", "application", "adapters.rest", "adapters.persistence",
                "adapters.security", "adapters.email", "bootstrap"}) {
            assertThat(PRODUCT.stream().filter(javaClass -> javaClass.getPackageName().startsWith(BASE + "." + ring)))
                    .as(ring).isNotEmpty();
        }
        assertThat(PRODUCT.stream().filter(javaClass -> javaClass.getPackageName().contains(".archfixtures")))
                .as("fixtures that break the rules are not part of the product").isEmpty();
    }
}
