package io.benchctl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * OS-specific code lives in the platform layer (adr/0006, adr/0018): no main source outside the
 * runtime's Linux package names {@code /proc}, {@code /sys/}, {@code sched_setaffinity} or
 * {@code posix_fadvise} (its comments included: a comment that names them describes code that
 * belongs there), and only the platform layer itself reaches into its OS packages, so everything
 * else goes through {@code PlatformLayer} and the API's {@code Platform}.
 */
class OsSpecificCodeTest {

    /** The same search as the acceptance check: {@code grep -rn "/proc\|/sys/\|sched_setaffinity\|posix_fadvise"}. */
    static final Pattern LINUX_ONLY = Pattern.compile("/proc|/sys/|sched_setaffinity|posix_fadvise");

    static final String LINUX_PACKAGE = "platform-runtime/src/main/java/io/benchctl/runtime/platform/linux/";

    @Test
    void linuxPathsAndCallsAppearOnlyInTheLinuxPlatformPackage() {
        Path root = MainSources.repositoryRoot();
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (MainSources.Source source : MainSources.parseAll(root)) {
            String path = source.path().toString().replace('\\', '/');
            if (path.startsWith(LINUX_PACKAGE)) {
                continue;
            }
            scanned++;
            List<String> lines = lines(root.resolve(source.path()));
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = LINUX_ONLY.matcher(lines.get(i));
                if (matcher.find()) {
                    found.add(source.at(i + 1) + ": " + matcher.group());
                }
            }
        }
        assertTrue(scanned > 100, "the scan read only " + scanned + " files");
        assertEquals(
                List.of(),
                found,
                "Linux-only paths and calls outside " + LINUX_PACKAGE + ": move them behind an interface of"
                        + " io.benchctl.runtime.platform (or the API's io.benchctl.api.platform)");
    }

    @Test
    void onlyThePlatformLayerReachesIntoItsOsPackages() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.benchctl");
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("io.benchctl.runtime.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.benchctl.runtime.platform.linux..",
                        "io.benchctl.runtime.platform.macos..",
                        "io.benchctl.runtime.platform.portable..")
                .because("the runtime and plugins use the layer Platforms chose, never one OS's classes")
                .allowEmptyShould(false);
        rule.check(classes);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
