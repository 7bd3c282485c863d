package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Profile mistakes through the real CLI with real module schemas from a plugin JAR: exit 2, the
 * file, key path, line and the nearest valid name, nothing run, no stack trace.
 */
@org.junit.jupiter.api.Tag("reliability-hostile-input")
class CliProfileErrorsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        wrong type            | [modules.sample]\\nsize = "big"                 | test.toml:2: modules.sample.size: expected an integer; found string "big"
        unknown key           | [modules.sample]\\nsise = 10                    | test.toml:2: modules.sample.sise
        misspelt key          | [modules.sample]\\nsise = 10                    | did you mean 'size'?
        unknown module        | [modules.sampel]                                | did you mean 'sample'?
        out of range          | [modules.sample]\\nsize = 0                     | test.toml:2: modules.sample.size
        bad duration          | [run]\\nwarmup = "2x"                            | test.toml:2: run.warmup: expected a duration
        bad enum              | [modules.fault]\\nthrow_in = "runn"              | test.toml:2: modules.fault.throw_in
        malformed TOML        | [modules.sample\\nsize = 1                       | test.toml:1
        """)
    void profileMistakeIsAUsageErrorNamingFileKeyAndLine(String name, String toml, String expected) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path profile = Files.writeString(temp.resolve("test.toml"), toml.replace("\\n", "\n") + "\n");
        Path output = temp.resolve("out");
        var run = Fixtures.cli(
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                output.toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(expected), "expected <" + expected + "> in: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(output), "nothing ran, nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown --set key     | modules.sample.sise=3      | --set: modules.sample.sise
        bad --set size        | modules.sample.size=-1     | --set: modules.sample.size
        """)
    void badSetOverrideIsAUsageError(String name, String set, String expected) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        var run =
                Fixtures.run(plugins, Fixtures.profile(temp, "[modules.sample]\n"), temp.resolve("out"), "--set", set);
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(expected), "expected <" + expected + "> in: " + run.err());
    }

    @ParameterizedTest(name = "--modules {0}")
    @CsvSource({"sampel", "nosuch"})
    void unknownModuleIdIsAUsageError(String module) throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        var run = Fixtures.run(
                plugins,
                Fixtures.profile(temp, "[modules.sample]\n[modules.fault]\n"),
                temp.resolve("out"),
                "--modules",
                module);
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("--modules"), run.err());
    }
}
