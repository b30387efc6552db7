package org.tdah.assistant.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaConstructorReference;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The rules that keep the rings and contexts apart (../shared/ARCHITECTURE.md), for the classes
 * under a base package. The product is checked with {@code org.tdah.assistant}; each rule is also
 * shown to reject a violating class under a fixture base package.
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /** domain depends on the JDK and itself; application on the JDK, domain and itself. */
    static ArchRule coreDependsOnlyOnTheJdkAndInnerRings(String base) {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..", "")
                .because("the domain is plain Java: no framework, no library");
    }

    static ArchRule applicationDependsOnlyOnTheJdkAndInnerRings(String base) {
        return classes().that().resideInAPackage(base + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".domain..", "java..", "")
                .because("use cases and ports are plain Java; technology lives in adapters");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String base) {
        return slices().matching(base + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .because("each adapter talks to the core only; bootstrap wires them together");
    }

    static ArchRule onlyBootstrapDependsOnAdapters(String base) {
        return noClasses().that().resideOutsideOfPackages(base + ".adapters..", base + ".bootstrap..", base + ".dev..")
                .should().dependOnClassesThat().resideInAPackage(base + ".adapters..")
                .because("the core must not know its adapters");
    }

    /**
     * The rings by package, so that a new module is covered without editing the rule: every
     * {@code adapters.*} package and the {@code testkit} (in-memory adapters of the out-ports, a ring
     * beside the adapters) reach only the core; only bootstrap (and dev, which runs it on embedded
     * servers) knows them; nothing but dev knows bootstrap, and nothing knows dev, so the
     * production jar never needs a dev class.
     */
    static ArchRule ringsDependInward(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(base + ".domain..")
                .layer("application").definedBy(base + ".application..")
                .layer("testkit").definedBy(base + ".testkit..")
                .layer("adapters").definedBy(base + ".adapters..")
                .layer("bootstrap").definedBy(base + ".bootstrap..")
                .layer("dev").definedBy(base + ".dev..")
                .whereLayer("domain").mayNotAccessAnyLayer()
                .whereLayer("application").mayOnlyAccessLayers("domain")
                .whereLayer("testkit").mayOnlyAccessLayers("application", "domain")
                .whereLayer("adapters").mayOnlyAccessLayers("application", "domain")
                .whereLayer("testkit").mayOnlyBeAccessedByLayers("bootstrap")
                .whereLayer("bootstrap").mayOnlyBeAccessedByLayers("dev")
                .whereLayer("dev").mayNotBeAccessedByAnyLayer()
                .because("dependencies point inward: adapters and the testkit implement the core's ports, bootstrap wires them");
    }

    static ArchRule outPortsAreInterfaces(String base) {
        return classes().that().resideInAPackage(base + ".application..port..").and().areTopLevelClasses()
                .should().beInterfaces()
                .because("an out-port is a capability the core needs, implemented by adapters");
    }

    static ArchRule coreReadsTimeAndRandomnessThroughPorts(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("time and randomness come in through a Clock and an Ids port, so tests are deterministic");
    }

    /**
     * Randomness is a capability of an out-port ({@code Secrets}, {@code Ids}): no generator of the
     * JDK ({@code Random}, {@code SecureRandom}, {@code ThreadLocalRandom}, {@code SplittableRandom},
     * any {@code RandomGenerator}) and no {@code Math.random()} in the core.
     */
    static ArchRule coreDrawsRandomnessThroughPorts(String base) {
        return noClasses().that().resideInAnyPackage(base + ".domain..", base + ".application..")
                .should().dependOnClassesThat().areAssignableTo(RandomGenerator.class)
                .orShould().dependOnClassesThat().belongToAnyOf(Random.class, SplittableRandom.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .because("randomness comes in through the Secrets and Ids ports, so tests are deterministic");
    }

    /**
     * The helpers that the sub-packages of a context share ({@code application.<context>.support})
     * are public only because Java needs it: no class outside {@code application.<context>..}
     * depends on them, whatever ring it is in.
     */
    static ArchRule contextSupportStaysInItsContext(String base) {
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<JavaClass>("depend on the support package of no other context") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<ContextPackage> own = ContextPackage.of(base, origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            ContextPackage.of(base, dependency.getTargetClass())
                                    .filter(ContextPackage::isSupport)
                                    .filter(target -> !own.map(ContextPackage::context).orElse("").equals(target.context()))
                                    .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                                            dependency.getDescription() + " (support of context " + target.context() + ")")));
                        }
                    }
                })
                .because("a context's support package is its private toolbox, shared by its sub-packages only");
    }

    /**
     * A use case of a context (a top-level class in {@code application.<context>.<sub-package>},
     * other than {@code port} and {@code support}, that is not a record, an enum, an interface or an
     * exception) is built only by its own context: its composition root in
     * {@code application.<context>} or the context's own packages. Applies to every class, so an
     * adapter, bootstrap or {@code AssistantCore} that builds a use case itself is rejected.
     */
    static ArchRule useCasesAreBuiltByTheirContext(String base) {
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<JavaClass>("construct no use case of another context") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = ContextPackage.of(base, origin).map(ContextPackage::context).orElse("");
                        for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                            if (!(access instanceof JavaConstructorCall) && !(access instanceof JavaConstructorReference)) {
                                continue;
                            }
                            JavaClass built = access.getTargetOwner();
                            ContextPackage.of(base, built)
                                    .filter(target -> isUseCase(target, built))
                                    .filter(target -> !own.equals(target.context()))
                                    .ifPresent(target -> events.add(SimpleConditionEvent.violated(access,
                                            access.getDescription() + " (a use case of context " + target.context()
                                                    + ", built only by " + base + ".application." + target.context() + ")")));
                        }
                    }
                })
                .because("each context wires its own use cases in its composition root; others receive them built");
    }

    private static boolean isUseCase(ContextPackage place, JavaClass javaClass) {
        return !place.isPublished() && !place.isSupport()
                && javaClass.isTopLevelClass()
                && !javaClass.isRecord() && !javaClass.isEnum() && !javaClass.isInterface() && !javaClass.isAnnotation()
                && !javaClass.isAssignableTo(Throwable.class);
    }

    /**
     * A context uses another only through its published surface: the classes of the other
     * context's root package and of its {@code port} package. {@code application.shared} is
     * shared by all contexts and open to each.
     */
    static ArchRule contextsUseOnlyThePublishedSurfaceOfOthers(String base) {
        return classes().that().resideInAPackage(base + ".application.*..")
                .should(new ArchCondition<JavaClass>("depend on other contexts only through their root and port packages") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = ContextPackage.of(base, origin).map(ContextPackage::context).orElseThrow();
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            ContextPackage.of(base, dependency.getTargetClass())
                                    .filter(target -> !target.context().equals(own))
                                    .filter(target -> !target.context().equals(SHARED_CONTEXT))
                                    .filter(target -> !target.isPublished())
                                    .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                                            dependency.getDescription() + " (inside context " + target.context()
                                                    + ", which publishes only its root and port packages)")));
                        }
                    }
                })
                .because("a context may be reorganised inside without breaking another");
    }

    private static final String SHARED_CONTEXT = "shared";

    /**
     * Where an application class sits: {@code application.identity.login.LogIn} is in context
     * {@code identity}, sub-package {@code login}; {@code application.identity.IdentityCore} in its
     * root package (sub-package empty).
     */
    private record ContextPackage(String context, String subPackage) {
        static Optional<ContextPackage> of(String base, JavaClass javaClass) {
            String prefix = base + ".application.";
            String packageName = javaClass.getBaseComponentType().getPackageName();
            if (!packageName.startsWith(prefix)) {
                return Optional.empty();
            }
            String[] parts = packageName.substring(prefix.length()).split("\\.");
            return Optional.of(new ContextPackage(parts[0], parts.length > 1 ? parts[1] : ""));
        }

        boolean isPublished() {
            return subPackage.isEmpty() || subPackage.equals("port");
        }

        boolean isSupport() {
            return subPackage.equals("support");
        }
    }

    /**
     * Bounded contexts depend one way: a slice is a context of a ring ({@code domain.identity},
     * {@code application.sms}) or of an adapter ({@code adapters.rest.identity}).
     */
    static ArchRule contextsAreFreeOfCycles(String base) {
        return slices().assignedFrom(new ContextSlices(base))
                .should().beFreeOfCycles()
                .because("contexts depend one way, or they are one context");
    }

    /** Assigns each class to the context it belongs to, within its ring or adapter. */
    private record ContextSlices(String base) implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = javaClass.getPackageName();
            if (!packageName.startsWith(base + ".")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = packageName.substring(base.length() + 1).split("\\.");
            int depth = parts[0].equals("adapters") ? 3 : 2;
            return SliceIdentifier.of(String.join(".", java.util.Arrays.copyOf(parts, Math.min(depth, parts.length))));
        }

        @Override
        public String getDescription() {
            return "contexts of each ring and adapter under " + base;
        }
    }

    static ArchRule resourcesAreNamedAndPlacedAsResources(String base) {
        return classes().that().areAnnotatedWith("jakarta.ws.rs.Path").and().resideInAPackage(base + "..")
                .should().haveSimpleNameEndingWith("Resource")
                .andShould().resideInAPackage(base + ".adapters.rest..")
                .because("HTTP endpoints are *Resource classes of the REST adapter");
    }

    static List<ArchRule> all(String base) {
        return List.of(
                coreDependsOnlyOnTheJdkAndInnerRings(base),
                applicationDependsOnlyOnTheJdkAndInnerRings(base),
                adaptersDoNotDependOnEachOther(base),
                onlyBootstrapDependsOnAdapters(base),
                ringsDependInward(base),
                outPortsAreInterfaces(base),
                coreReadsTimeAndRandomnessThroughPorts(base),
                coreDrawsRandomnessThroughPorts(base),
                contextsAreFreeOfCycles(base),
                contextSupportStaysInItsContext(base),
                useCasesAreBuiltByTheirContext(base),
                contextsUseOnlyThePublishedSurfaceOfOthers(base),
                resourcesAreNamedAndPlacedAsResources(base));
    }
}
