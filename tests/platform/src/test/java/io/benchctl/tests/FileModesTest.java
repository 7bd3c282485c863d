package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file a run writes follows the user's umask, so a CI job or a web server can publish the
 * results: the result, its copy {@code latest.json} and the Markdown and HTML reports were
 * created {@code 0600} (a temporary file's mode) while the journal followed the umask.
 */
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class FileModesTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "umask {0} gives {1}")
    @CsvSource({"022, rw-r--r--", "027, rw-r-----", "077, rw-------"})
    void everyFileOfARunHasTheModeTheUmaskGives(String umask, String expectedMode) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, Fixtures.TEST_PLUGIN);
        Path output = temp.resolve("results");
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "umask " + umask + " && exec \"$0\" \"$@\"",
                LauncherTest.DIST.resolve("bin/benchctl").toString(),
                "run",
                "--plugins-dir",
                LauncherTest.DIST.resolve("plugins").toString(),
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                Fixtures.profile(temp, "[modules.sample]\n").toString(),
                "--reporters",
                "json,markdown,html",
                "--output",
                output.toString(),
                "--no-tui"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(temp.toFile())
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(temp.resolve("stderr.txt").toFile());
        builder.environment().remove("BENCHCTL_PLUGINS");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run did not end in 60 s");
        assertEquals(0, process.exitValue(), Fixtures.stderr(temp));

        List<Path> written;
        try (Stream<Path> files = Files.list(output)) {
            written = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> suffixes = written.stream()
                .map(p -> p.getFileName().toString().replaceAll("^.*\\.", "."))
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of(".html", ".json", ".jsonl", ".md"), suffixes, "files written: " + written);
        for (Path file : written) {
            assertEquals(
                    expectedMode,
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    file + " under umask " + umask);
        }
    }
}
