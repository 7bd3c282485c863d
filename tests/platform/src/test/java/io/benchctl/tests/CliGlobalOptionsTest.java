package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as an interface: global options before or after the command's name, each
 * listed once in every command's help, and {@code run --tests} kept as a deprecated alias of
 * {@code --modules}. Through the real CLI with a real plugin JAR.
 */
class CliGlobalOptionsTest {
    private static final List<String> GLOBAL_OPTIONS = List.of("--plugins-dir", "--log-json", "--quiet", "--verbose");

    @TempDir
    Path temp;

    @Test
    void pluginsDirIsAcceptedBeforeAndAfterTheCommand() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);

        for (var list : List.of(
                Fixtures.cli("--plugins-dir", plugins.toString(), "list"),
                Fixtures.cli("list", "--plugins-dir", plugins.toString()))) {
            assertEquals(0, list.exitCode(), list.all());
            assertTrue(list.out().contains("Plugin folders: [" + plugins + "]"), list.out());
            assertTrue(list.out().lines().anyMatch(line -> line.startsWith("  sample ")), list.out());
        }
    }

    @Test
    void quietIsAcceptedBeforeTheCommandAfterItAndBeforeANestedCommand() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path profile = Fixtures.profile(temp, "[modules.sample]\n");

        var loud = Fixtures.run(plugins, profile, temp.resolve("loud"));
        assertEquals(0, loud.exitCode(), loud.all());
        assertTrue(loud.out().contains("sample/sum0"), "without --quiet, run prints its summary: " + loud.out());

        var after = Fixtures.run(plugins, profile, temp.resolve("after"), "--quiet");
        var before = Fixtures.cli(
                "--quiet",
                "run",
                "--plugins-dir",
                plugins.toString(),
                "--profile",
                profile.toString(),
                "--output",
                temp.resolve("before").toString(),
                "--no-tui",
                "--no-affinity");
        for (var quiet : List.of(after, before)) {
            assertEquals(0, quiet.exitCode(), quiet.all());
            assertEquals("", quiet.out(), "--quiet: no summary on stdout");
        }

        Path result = temp.resolve("loud").resolve("latest.json");
        var compare = Fixtures.cli(
                "baseline",
                "--quiet",
                "compare",
                "--baseline",
                temp.resolve("missing.json").toString(),
                result.toString());
        assertEquals(2, compare.exitCode(), compare.all());
        assertTrue(compare.err().contains("missing.json"), compare.err());
        assertFalse(compare.err().contains("Unknown option"), compare.err());
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(
            strings = {
                "",
                "run",
                "list",
                "describe",
                "validate",
                "sysinfo",
                "report",
                "baseline",
                "baseline export",
                "baseline compare",
                "fleet",
                "fleet report",
                "fleet plan",
                "peer",
                "completion"
            })
    void helpListsEachGlobalOptionOnce(String command) {
        List<String> args = new java.util.ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");

        var help = Fixtures.cli(args.toArray(String[]::new));

        assertEquals(0, help.exitCode(), help.all());
        for (String option : GLOBAL_OPTIONS) {
            long described = help.out()
                    .lines()
                    .filter(line -> line.matches("\\s+(-\\w, )?" + option + "\\b.*"))
                    .count();
            assertEquals(1, described, option + " in the help of '" + command + "':\n" + help.out());
        }
    }

    @Test
    void testsIsADeprecatedAliasOfModulesThatWarnsOnce() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path profile = Fixtures.profile(temp, "[modules.sample]\n[modules.fault]\nthrow_in = \"run\"\n");

        var modules = Fixtures.run(plugins, profile, temp.resolve("modules"), "--modules", "sample");
        var tests = Fixtures.run(plugins, profile, temp.resolve("tests"), "--tests", "sample", "--tests", "sample");

        assertEquals(0, modules.exitCode(), modules.all());
        assertFalse(modules.err().contains("deprecated"), modules.err());
        assertEquals(0, tests.exitCode(), "only sample ran, so the failing module did not: " + tests.all());
        assertEquals(
                List.of("benchctl: warning: --tests is deprecated; use --modules (it takes the same module ids)"),
                tests.err().lines().filter(line -> line.contains("deprecated")).toList());
        assertEquals(workloadIds(temp.resolve("modules")), workloadIds(temp.resolve("tests")));
        assertEquals(List.of("sample/sum0"), workloadIds(temp.resolve("tests")));

        var help = Fixtures.cli("run", "--help");
        assertTrue(help.out().contains("--modules=MODULE"), help.out());
        assertFalse(help.out().contains("--tests"), "the alias is hidden: " + help.out());
        var completion = Fixtures.cli("completion", "bash");
        assertTrue(completion.out().contains("'--modules'"), completion.out());
        assertFalse(completion.out().contains("--tests"), "completion offers only the new name");
    }

    @Test
    void anUnknownModuleIdNamesTheModulesOption() throws Exception {
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        var run = Fixtures.run(
                plugins, Fixtures.profile(temp, "[modules.sample]\n"), temp.resolve("out"), "--modules", "sampel");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("--modules: expected one of the profile's modules: sample"), run.err());
        assertTrue(run.err().contains("did you mean 'sample'?"), run.err());
    }

    private static List<String> workloadIds(Path output) throws Exception {
        RunResult result = ResultCodec.read(output.resolve("latest.json"));
        return result.tests().stream().map(WorkloadResult::id).toList();
    }
}
