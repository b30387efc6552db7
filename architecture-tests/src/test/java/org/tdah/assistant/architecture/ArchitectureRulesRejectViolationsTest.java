package org.tdah.assistant.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * No rule is vacuous: each one, applied to a fixture that breaks it (under
 * {@code org.tdah.assistant.archfixtures}), reports the offending classes.
 */
class ArchitectureRulesRejectViolationsTest {
    private static final String FIXTURES = "org.tdah.assistant.archfixtures.";

    private static String violations(String fixture, Function<String, ArchRule> rule) {
        String base = FIXTURES + fixture;
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        EvaluationResult result = rule.apply(base).evaluate(classes);
        assertThat(result.hasViolation()).as("the rule rejects fixture %s", fixture).isTrue();
        return result.getFailureReport().toString();
    }

    @Test
    void a_domain_class_using_a_library_is_rejected() {
        assertThat(violations("corefw", ArchitectureRules::coreDependsOnlyOnTheJdkAndInnerRings))
                .contains("FrameworkInDomain").contains("com.fasterxml.jackson");
    }

    @Test
    void an_application_class_using_a_library_is_rejected() {
        assertThat(violations("corefw", ArchitectureRules::applicationDependsOnlyOnTheJdkAndInnerRings))
                .contains("FrameworkInApplication").contains("org.jdbi");
    }

    @Test
    void an_adapter_depending_on_another_adapter_is_rejected() {
        assertThat(violations("adaptercoupling", ArchitectureRules::adaptersDoNotDependOnEachOther))
                .contains("RestThing").contains("PersistenceThing");
    }

    @Test
    void an_adapter_that_no_rule_names_is_kept_apart_from_the_others_too() {
        assertThat(violations("adaptercoupling", ArchitectureRules::adaptersDoNotDependOnEachOther))
                .contains("FaxThing").contains("SmsThing");
    }

    @Test
    void rings_depending_outward_are_rejected_whatever_the_adapter_and_the_testkit_included() {
        assertThat(violations("rings", ArchitectureRules::ringsDependInward))
                .contains("UsesTheTestkit", "FaxingOrders", "ReadsTheConfiguration", "FaxMachine", "TextsThroughTheTestkit")
                .doesNotContain("InMemoryOrders> implements", "Wiring.fax", "Wiring.orders");
    }

    @Test
    void a_core_class_depending_on_an_adapter_is_rejected() {
        assertThat(violations("coretoadapter", ArchitectureRules::onlyBootstrapDependsOnAdapters))
                .contains("UseCase").contains("Store");
    }

    @Test
    void an_out_port_that_is_a_class_is_rejected() {
        assertThat(violations("portclass", ArchitectureRules::outPortsAreInterfaces))
                .contains("port.Accounts");
    }

    @Test
    void core_code_reading_the_system_clock_or_random_uuids_is_rejected_but_an_injected_clock_is_not() {
        assertThat(violations("clock", ArchitectureRules::coreReadsTimeAndRandomnessThroughPorts))
                .contains("CallsInstantNow", "CallsLocalDateTimeNow", "CallsCurrentTimeMillis", "CallsRandomUuid")
                .doesNotContain("UsesInjectedClock");
    }

    @Test
    void core_code_drawing_randomness_from_the_jdk_is_rejected_but_an_injected_source_and_an_adapter_are_not() {
        assertThat(violations("randomness", ArchitectureRules::coreDrawsRandomnessThroughPorts))
                .contains("UsesRandom", "CallsMathRandom", "UsesSecureRandom", "UsesThreadLocalRandom")
                .doesNotContain("UsesInjectedSecrets", "SecureRandomSecrets");
    }

    @Test
    void a_class_outside_a_context_using_its_support_package_is_rejected_but_the_context_itself_is_not() {
        assertThat(violations("contexts", ArchitectureRules::contextSupportStaysInItsContext))
                .contains("BorrowsTaskTitles", "TidiesTitlesLikeTheCore")
                .doesNotContain("CaptureTask.capture");
    }

    @Test
    void a_use_case_built_outside_its_context_is_rejected_bootstrap_and_the_core_of_all_contexts_included() {
        assertThat(violations("contexts", ArchitectureRules::useCasesAreBuiltByTheirContext))
                .contains("BuildsCaptureTask", "AppCore", "CaptureCommand.run", "CaptureCommandByReference")
                .doesNotContain("TasksCore", "RemindersCore", "CaptureTaskResource", "CaptureTask$Command.<init>");
    }

    @Test
    void a_context_using_another_beyond_its_root_and_port_packages_is_rejected_but_shared_is_open() {
        assertThat(violations("contexts", ArchitectureRules::contextsUseOnlyThePublishedSurfaceOfOthers))
                .contains("BorrowsTaskTitles", "BuildsCaptureTask")
                .doesNotContain("ScheduleReminder", "RemindersCore", "RequestOrigin", "adapters.rest", "AppCore");
    }

    @Test
    void contexts_that_depend_on_each_other_are_rejected() {
        assertThat(violations("cycle", ArchitectureRules::contextsAreFreeOfCycles))
                .contains("tasks").contains("reminders");
    }

    @Test
    void a_path_annotated_class_that_is_not_a_resource_of_the_rest_adapter_is_rejected() {
        assertThat(violations("endpoints", ArchitectureRules::resourcesAreNamedAndPlacedAsResources))
                .contains("TaskEndpoint").contains("adapters.persistence.TaskResource");
    }
}
