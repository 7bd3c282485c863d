package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile files handed to `report` and `baseline compare`: random bytes, truncated and
 * mutated real results, wrong types, deep nesting. Each gives exit 2 with a message naming the
 * file, or (when a mutation happens to stay valid) exit 0; never a stack trace, never a hang.
 */
@Tag("reliability-hostile-input")
class HostileFilesPropertyTest {
    private static Path dir;
    private static Path plugins;
    private static String validResult;

    @BeforeContainer
    static void makeAValidResult() throws Exception {
        dir = Files.createTempDirectory("benchctl-hostile");
        plugins = Fixtures.pluginsDir(dir, Fixtures.TEST_PLUGIN, JSON_REPORTER);
        var run = Fixtures.run(plugins, Fixtures.profile(dir, "[modules.sample]\n"), dir.resolve("out"));
        assertTrue(run.exitCode() == 0, run.all());
        validResult = Files.readString(dir.resolve("out").resolve("latest.json"));
    }

    @AfterContainer
    static void removeFiles() throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<String> hostileDocuments() {
        Arbitrary<String> randomText = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> truncated = Arbitraries.integers()
                .between(0, 4000)
                .map(n -> validResult.substring(0, Math.min(n, validResult.length())));
        Arbitrary<String> mutated = Arbitraries.integers()
                .between(0, Integer.MAX_VALUE)
                .tuple2()
                .map(t -> mutate(validResult, t.get1(), t.get2()));
        Arbitrary<String> wrongTypes = Arbitraries.of(
                "[]",
                "null",
                "42",
                "\"text\"",
                "{\"tests\": 5}",
                "{\"schemaVersion\": \"1.0.0\", \"tests\": [{\"metrics\": \"x\"}]}",
                "{\"tests\": [null]}");
        Arbitrary<String> deep = Arbitraries.integers().between(100, 5000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.oneOf(randomText, truncated, mutated, wrongTypes, deep);
    }

    private static String mutate(String text, int position, int replacement) {
        int at = position % text.length();
        char[] chars = text.toCharArray();
        chars[at] = "{}[]\",:0-9e.x \n".charAt(replacement % 15);
        return new String(chars);
    }

    @Property(tries = 150)
    void reportNeverCrashesOnAHostileResult(@ForAll("hostileDocuments") String document) throws Exception {
        Path file = Files.writeString(dir.resolve("hostile.json"), document, StandardCharsets.UTF_8);
        var report = Fixtures.cli(
                "report",
                file.toString(),
                "--reporters",
                "json",
                "--output",
                dir.resolve("r").toString(),
                "--plugins-dir",
                plugins.toString());
        assertCleanOutcome(report, "hostile.json");
    }

    @Property(tries = 150)
    void baselineCompareNeverCrashesOnAHostileBaseline(@ForAll("hostileDocuments") String document) throws Exception {
        Path baseline = Files.writeString(dir.resolve("hostile-baseline.json"), document, StandardCharsets.UTF_8);
        Path result = Files.writeString(dir.resolve("result.json"), validResult);
        var compare = Fixtures.cli("baseline", "compare", "--baseline", baseline.toString(), result.toString());
        assertCleanOutcome(compare, "hostile-baseline.json");
    }

    private static void assertCleanOutcome(Fixtures.CliResult run, String fileName) {
        assertTrue(
                run.exitCode() == 0 || run.exitCode() == 2 || run.exitCode() == 3,
                "exit " + run.exitCode() + ": " + run.all());
        assertFalse(
                run.err().contains("\tat ") || run.err().contains("internal error"), "no stack trace: " + run.err());
        if (run.exitCode() == 2) {
            assertTrue(run.err().contains(fileName), "the message names the file: " + run.err());
        }
    }
}
