package org.tdah.assistant.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        for (String ring : new String[] {"domain", "application", "testkit", "adapters.rest", "adapters.persistence",
                "adapters.security", "adapters.email", "adapters.sms", "adapters.recurrence", "adapters.llm",
                "bootstrap", "dev"}) {
            assertThat(PRODUCT.stream().filter(javaClass -> javaClass.getPackageName().startsWith(BASE + "." + ring)))
                    .as(ring).isNotEmpty();
        }
        assertThat(PRODUCT.stream().filter(javaClass -> javaClass.getPackageName().contains(".archfixtures")))
                .as("fixtures that break the rules are not part of the product").isEmpty();
    }

    /**
     * Every class of every module of the reactor is checked: a new module (a new adapter) whose
     * classes architecture-tests does not import, for want of a dependency in its pom, fails here.
     */
    @Test
    void every_class_of_every_product_module_is_imported() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> modules;
        try (Stream<Path> children = Files.list(root)) {
            modules = children.filter(module -> Files.isDirectory(module.resolve(MAIN_SOURCES)))
                    .filter(module -> !NOT_PRODUCT.contains(module.getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(modules).extracting(module -> module.getFileName().toString())
                .contains("domain", "application", "testkit", "adapters-sms", "adapters-email", "adapters-recurrence", "adapters-llm",
                        "bootstrap", "dev");
        for (Path module : modules) {
            Path sources = module.resolve(MAIN_SOURCES);
            List<String> classNames;
            try (Stream<Path> files = Files.walk(sources)) {
                classNames = files.filter(file -> file.toString().endsWith(".java"))
                        .map(file -> sources.relativize(file).toString())
                        .filter(file -> !file.endsWith("package-info.java") && !file.endsWith("module-info.java"))
                        .map(file -> file.substring(0, file.length() - ".java".length()).replace(File.separatorChar, '.'))
                        .toList();
            }
            assertThat(classNames).as("the classes of module %s", module.getFileName())
                    .isNotEmpty()
                    .allSatisfy(className -> assertThat(PRODUCT.contain(className))
                            .as("%s (module %s) is imported; add the module to architecture-tests/pom.xml",
                                    className, module.getFileName())
                            .isTrue());
        }
    }

    private static final String MAIN_SOURCES = "src/main/java";

    /** The load-test harness is a tool run beside the product, not a ring of it. */
    private static final Set<String> NOT_PRODUCT = Set.of("bench");
}
