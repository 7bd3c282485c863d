package io.benchctl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The layering of benchctl's main code, checked on the classes as the reactor built them (plugin
 * JARs shaded as they ship):
 *
 * <ul>
 *   <li>the API ({@code io.benchctl.api..}) depends on the JDK and apiguardian only, so plugin
 *       authors compile against a dependency-free library (adr/0002);
 *   <li>the runtime never depends on a plugin: plugins are loaded, never linked;
 *   <li>a plugin's code depends, of benchctl's, only on the API, the plugin kit and the peer
 *       protocol, plus its own packages; anything else (the runtime, another plugin) is absent
 *       or different where it is loaded.
 * </ul>
 */
@AnalyzeClasses(packages = "io.benchctl", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String OURS = "io.benchctl.";

    /** Of benchctl's packages, what any plugin may use besides its own. */
    private static final List<String> OPEN_TO_PLUGINS =
            List.of("io.benchctl.api.", "io.benchctl.kit.", "io.benchctl.peer.");

    /** The root packages of the plugins: {@code io.benchctl.plugins.<name>}, {@code io.benchctl.examples.<name>}. */
    private static final List<String> PLUGIN_PARENTS = List.of("io.benchctl.plugins.", "io.benchctl.examples.");

    /** One class of every first-party plugin, so a plugin dropped from the class path fails the build. */
    private static final List<String> EVERY_PLUGIN = List.of(
            "io.benchctl.plugins.cpu",
            "io.benchctl.plugins.disk",
            "io.benchctl.plugins.exporters",
            "io.benchctl.plugins.html",
            "io.benchctl.plugins.json",
            "io.benchctl.plugins.markdown",
            "io.benchctl.plugins.memory",
            "io.benchctl.plugins.network",
            "io.benchctl.plugins.syscall",
            "io.benchctl.plugins.tui",
            "io.benchctl.examples.gpu",
            "io.benchctl.examples.summary");

    @ArchTest
    static final ArchRule theApiDependsOnTheJdkAndApiguardianOnly = classes()
            .that()
            .resideInAPackage("io.benchctl.api..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax..", "io.benchctl.api..", "org.apiguardian.api..")
            .because("plugins compile against platform-api alone and it names no PF4J or other library type")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule theRuntimeNeverDependsOnAPlugin = noClasses()
            .that()
            .resideInAPackage("io.benchctl.runtime..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.benchctl.plugins..", "io.benchctl.examples..")
            .because("the runtime loads plugins through PF4J and the API interfaces, never by linking to them")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyTheRuntimesJfrPackageUsesTheFlightRecorder = noClasses()
            .that()
            .resideOutsideOfPackage("io.benchctl.runtime.jfr..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jdk.jfr..")
            .because("plugins report spans through the API's Spans; one package turns them into JFR events (adr/0023)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule pluginsUseOnlyTheApiTheKitAndThePeerProtocolOfOurs = classes()
            .that()
            .resideInAnyPackage("io.benchctl.plugins..", "io.benchctl.examples..")
            .should(dependOnlyOnOpenPackagesOrTheirOwn())
            .because("the host offers plugins platform-api (and peer-protocol); the kit is shaded into each plugin")
            .allowEmptyShould(false);

    @ArchTest
    static void everyLayerAndEveryPluginIsImported(JavaClasses imported) {
        List<String> expected = new java.util.ArrayList<>(
                List.of("io.benchctl.api", "io.benchctl.runtime", "io.benchctl.kit", "io.benchctl.peer"));
        expected.addAll(EVERY_PLUGIN);
        for (String rootPackage : expected) {
            assertTrue(
                    imported.stream().anyMatch(c -> c.getPackageName().startsWith(rootPackage)),
                    "no class of " + rootPackage + " on the class path: the rules above would not check it");
        }
    }

    private static ArchCondition<JavaClass> dependOnlyOnOpenPackagesOrTheirOwn() {
        return new ArchCondition<>(
                "depend, of io.benchctl, only on the API, the kit, the peer protocol and their own plugin") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = pluginRoot(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target =
                            dependency.getTargetClass().getBaseComponentType().getPackageName() + ".";
                    boolean allowed = !target.startsWith(OURS)
                            || target.startsWith(own + ".")
                            || OPEN_TO_PLUGINS.stream().anyMatch(target::startsWith);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code io.benchctl.plugins.disk} for {@code io.benchctl.plugins.disk.kit.workers}. */
    private static String pluginRoot(String packageName) {
        for (String parent : PLUGIN_PARENTS) {
            if (packageName.startsWith(parent)) {
                int end = packageName.indexOf('.', parent.length());
                return end < 0 ? packageName : packageName.substring(0, end);
            }
        }
        throw new IllegalArgumentException(packageName + " is not a plugin package");
    }
}
