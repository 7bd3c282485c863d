package io.benchctl.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's AOT cache (lib/benchctl.aot, trained by the build) is used by the launcher
 * ({@code -XX:AOTMode=on} makes the JVM refuse to start otherwise), survives moving the
 * distribution (as unpacking the .tar.gz elsewhere does), and one the JVM cannot use is skipped
 * without a word on the user's terminal.
 */
class AotCacheTest {
    static final Map<String, String> REQUIRE_CACHE = Map.of("BENCHCTL_JAVA_OPTS", "-XX:AOTMode=on");

    @TempDir
    Path temp;

    @BeforeAll
    static void theBuildTrainedACache() {
        assertTrue(
                Files.isRegularFile(Repo.DIST.resolve("lib/benchctl.aot"))
                        || Boolean.getBoolean("benchctl.test.aotSkipped"),
                "no " + Repo.DIST.resolve("lib/benchctl.aot")
                        + ": the distribution build's training run failed (see its warning)");
    }

    @Test
    void theLauncherUsesTheCacheForHelpAndDryRunButNotForVersion() throws Exception {
        Path launcher = Repo.DIST.resolve("bin/benchctl");
        Repo.Finished help = Repo.run(temp, REQUIRE_CACHE, List.of(launcher.toString(), "--help"));
        assertEquals(0, help.exitCode(), help.err());
        // A bare --version starts faster without the cache, so the launcher does not pass it.
        Map<String, String> logAot = Map.of("BENCHCTL_JAVA_OPTS", "-Xlog:aot=info");
        Repo.Finished version = Repo.run(temp, logAot, List.of(launcher.toString(), "--version"));
        assertEquals(0, version.exitCode(), version.err());
        assertFalse(version.out().contains("benchctl.aot"), version.out());
        assertTrue(
                Repo.run(temp, logAot, List.of(launcher.toString(), "--help"))
                        .out()
                        .contains("benchctl.aot"),
                "the same log names the cache when it is used");
        Repo.Finished dryRun = Repo.run(
                temp,
                REQUIRE_CACHE,
                List.of(
                        launcher.toString(),
                        "run",
                        "--dry-run",
                        "--no-tui",
                        "--output",
                        temp.resolve("out").toString()));
        assertEquals(0, dryRun.exitCode(), dryRun.err());
    }

    @Test
    void aMovedDistributionKeepsItsCacheAndAnUnusableOneIsSkippedSilently() throws Exception {
        Path moved = temp.resolve("elsewhere/benchctl");
        copyTree(Repo.DIST, moved);
        Path launcher = moved.resolve("bin/benchctl");
        Repo.Finished relocated = Repo.run(temp, REQUIRE_CACHE, List.of(launcher.toString(), "--help"));
        assertEquals(0, relocated.exitCode(), "the cache follows the distribution: " + relocated.err());

        // A cache the JVM cannot use (here: damaged; in the field: another JDK build).
        Files.write(moved.resolve("lib/benchctl.aot"), new byte[4096]);
        Repo.Finished strict = Repo.run(temp, REQUIRE_CACHE, List.of(launcher.toString(), "--help"));
        assertNotEquals(0, strict.exitCode(), "the JVM cannot use this cache");
        Repo.Finished unusable = Repo.run(temp, Map.of(), List.of(launcher.toString(), "--help"));
        assertEquals(0, unusable.exitCode(), unusable.err());
        assertTrue(unusable.out().startsWith("Usage: benchctl"), unusable.out());
        assertEquals("", unusable.err(), "no AOT/CDS warnings on the user's terminal");
    }

    /** Copies a folder keeping modification times and modes, as unpacking the .tar.gz does. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
