package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of user mistake in a profile; each error names the file, key path, line, expected, found and nearest name. */
class ProfileErrorsTest {

    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path dir;

    private List<ProfileError> errorsOf(String toml, String... sets) throws Exception {
        Path file = TestModules.write(dir, toml);
        return assertThrows(ProfileException.class, () -> loader.load(file, List.of(sets), TestModules.all()))
                .errors();
    }

    private String file() {
        return dir.resolve("profile.toml").toString();
    }

    @Test
    void aWrongTypeNamesFileKeyPathLineExpectedAndFound() throws Exception {
        Path file = TestModules.write(dir, "# lab\n[modules.cpu]\nthreads = \"two\"\n");

        ProfileException e =
                assertThrows(ProfileException.class, () -> loader.load(file, List.of(), TestModules.all()));

        assertEquals(
                List.of(new ProfileError(file(), "modules.cpu.threads", 3, "an integer", "string \"two\"", null)),
                e.errors());
        assertEquals(file() + ":3: modules.cpu.threads: expected an integer; found string \"two\"", e.getMessage());
    }

    @Test
    void aMisspeltKeyGetsTheNearestName() throws Exception {
        List<ProfileError> errors = errorsOf("[modules.cpu]\nthreads = 2\nkernals = [\"int\"]\n");

        assertEquals(
                List.of(new ProfileError(
                        file(),
                        "modules.cpu.kernals",
                        3,
                        "one of the keys of [modules.cpu]: threads, kernels",
                        "unknown key \"kernals\"",
                        "kernels")),
                errors);
        assertTrue(errors.getFirst().format().endsWith("(did you mean 'kernels'?)"));
    }

    @Test
    void aMisspeltModuleOrTopLevelTableGetsTheNearestName() throws Exception {
        List<ProfileError> errors = errorsOf("[rnu]\niterations = 3\n\n[modules.memroy]\nthreads = 1\n");

        assertEquals(
                List.of(
                        new ProfileError(
                                file(),
                                "rnu",
                                1,
                                "one of the top-level tables run, defaults, modules, compare, conditions",
                                "unknown key \"rnu\"",
                                "run"),
                        new ProfileError(
                                file(),
                                "modules.memroy",
                                4,
                                "a loaded module: cpu, memory, disk, network",
                                "unknown module \"memroy\"",
                                "memory")),
                errors);
    }

    @Test
    void anOutOfRangeValueOrAnUnknownEnumValueIsAnError() throws Exception {
        List<ProfileError> errors = errorsOf("""
                [run]
                iterations = 0
                schedule = "paralel"
                [modules.memory]
                kernels = [
                  "copy",
                  "triadd",
                ]
                """);

        assertEquals(
                List.of(
                        new ProfileError(file(), "run.iterations", 2, "a number of at least 1", "integer 0", null),
                        new ProfileError(
                                file(),
                                "run.schedule",
                                3,
                                "one of \"sequential\", \"parallel\"",
                                "string \"paralel\"",
                                "parallel"),
                        new ProfileError(
                                file(),
                                "modules.memory.kernels[1]",
                                7,
                                "one of \"copy\", \"scale\", \"add\", \"triad\"",
                                "string \"triadd\"",
                                "triad")),
                errors);
    }

    @Test
    void badDurationsNameTheKeyAndTheAcceptedForms() throws Exception {
        List<ProfileError> errors = errorsOf("""
                [run]
                warmup = "2x"
                duration = "0s"
                cooldown = "-1s"
                phase_timeout = 30
                """);

        assertEquals(4, errors.size(), errors.toString());
        assertEquals(
                new ProfileError(
                        file(), "run.warmup", 2, Units.DURATION_FORMS + ", or \"auto\"", "string \"2x\"", null),
                errors.get(0));
        assertEquals(
                new ProfileError(
                        file(),
                        "run.duration",
                        3,
                        Units.DURATION_FORMS + ", greater than zero",
                        "string \"0s\" (zero is not allowed here)",
                        null),
                errors.get(1));
        assertEquals(
                new ProfileError(
                        file(),
                        "run.cooldown",
                        4,
                        Units.DURATION_FORMS,
                        "string \"-1s\" (negative durations are not allowed)",
                        null),
                errors.get(2));
        assertEquals(new ProfileError(file(), "run.phase_timeout", 5, "a string", "integer 30", null), errors.get(3));
        assertTrue(errors.get(0).format().contains("250ms, 2s"), errors.get(0).format());
    }

    @Test
    void badSizesPointAtTheArrayElementOnItsOwnLine() throws Exception {
        List<ProfileError> errors = errorsOf("""
                [modules.memory]
                buffer_sizes = ["32KiB",
                                "4MB2",   # a typo
                                "0KiB"]
                [modules.disk]
                dir = "/tmp"
                file_size = "1 GiB"
                """);

        assertEquals(
                List.of(
                        new ProfileError(
                                file(),
                                "modules.memory.buffer_sizes[1]",
                                3,
                                Units.SIZE_FORMS + ", greater than zero",
                                "string \"4MB2\"",
                                null),
                        new ProfileError(
                                file(),
                                "modules.memory.buffer_sizes[2]",
                                4,
                                Units.SIZE_FORMS + ", greater than zero",
                                "string \"0KiB\" (zero is not allowed here)",
                                null),
                        new ProfileError(
                                file(),
                                "modules.disk.file_size",
                                7,
                                Units.SIZE_FORMS + ", greater than zero",
                                "string \"1 GiB\"",
                                null)),
                errors);
    }

    @Test
    void malformedTomlGivesFileLineAndColumn() throws Exception {
        List<ProfileError> errors = errorsOf("[run]\niterations = 3\nwarmup = 2s\"\n");

        assertEquals(1, errors.size());
        ProfileError error = errors.getFirst();
        assertEquals(file(), error.file());
        assertEquals(3, error.line());
        assertEquals("valid TOML", error.expected());
        assertTrue(error.found().contains("column"), error.found());
        assertTrue(error.format().startsWith(file() + ":3: expected valid TOML; found "), error.format());
    }

    @Test
    void numbersFollowTomlTypesNotJsonSchemaOnes() throws Exception {
        List<ProfileError> errors = errorsOf("""
                [run]
                iterations = 5.0
                [modules.cpu]
                threads = 99999999999999999999
                [modules.memory]
                threads = 1e308
                [modules.disk]
                file_size = 4096.0
                [modules.network]
                retries = 2.0
                """);

        assertEquals(
                List.of(
                        new ProfileError(file(), "run.iterations", 2, "an integer", "float 5.0", null),
                        new ProfileError(
                                file(),
                                "modules.cpu.threads",
                                4,
                                "an integer between -9223372036854775808 and 9223372036854775807",
                                "integer 99999999999999999999",
                                null),
                        new ProfileError(
                                file(),
                                "modules.cpu.threads",
                                4,
                                "a number of at most 1024",
                                "integer 99999999999999999999",
                                null),
                        new ProfileError(
                                file(),
                                "modules.memory.threads",
                                6,
                                "a number between -2^63 and 2^63",
                                "float 1.0E308",
                                null),
                        new ProfileError(file(), "modules.disk.file_size", 8, "a string", "float 4096.0", null),
                        new ProfileError(file(), "modules.network.retries", 10, "an integer", "float 2.0", null)),
                errors);
    }

    @Test
    void aFloatBeyondTheDoubleRangeIsAnErrorNotACrash() throws Exception {
        List<ProfileError> errors = errorsOf("""
                [run]
                iterations = 1e400
                [modules.memory]
                threads = -1e400
                """);

        assertEquals(
                List.of(
                        new ProfileError(
                                file(), "run.iterations", 2, "a number between -2^63 and 2^63", "float 1E+400", null),
                        new ProfileError(
                                file(),
                                "modules.memory.threads",
                                4,
                                "a number between -2^63 and 2^63",
                                "float -1E+400",
                                null)),
                errors);
    }

    @Test
    void deepNestingIsAnErrorNotACrash() throws Exception {
        ProfileError nesting = errorsOf("a = " + "[".repeat(10_000)).getFirst();

        assertEquals("valid TOML", nesting.expected());
        assertTrue(nesting.found().contains("nesting depth"), nesting.found());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.toml");

        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(missing, List.of(), Map.of()));

        assertEquals(missing + ": expected a readable TOML file; found no such file", e.getMessage());
    }

    @Test
    void setMistakesSaySetInsteadOfALine() throws Exception {
        List<ProfileError> errors = errorsOf(
                "[modules.cpu]\nthreads = 2\n",
                "modules.cpu.threadz=3",
                "modules.cpux.threads=1",
                "run.iterations=many",
                "no-equals-sign",
                "run.iterations.x=1",
                "modules..cpu=1");

        String form = "KEY=VALUE with a dotted key, such as run.iterations=3";
        assertEquals(
                List.of(
                        new ProfileError("--set", null, null, form, "\"no-equals-sign\"", null),
                        new ProfileError(
                                "--set", "run.iterations", null, "a table to hold \"x\"", "string \"many\"", null),
                        new ProfileError(
                                "--set",
                                null,
                                null,
                                form + " (keys of letters, digits, _ and -)",
                                "\"modules..cpu\"",
                                null),
                        new ProfileError("--set", "run.iterations", null, "an integer", "string \"many\"", null),
                        new ProfileError(
                                "--set",
                                "modules.cpux",
                                null,
                                "a loaded module: cpu, memory, disk, network",
                                "unknown module \"cpux\"",
                                "cpu"),
                        new ProfileError(
                                "--set",
                                "modules.cpu.threadz",
                                null,
                                "one of the keys of [modules.cpu]: threads, kernels",
                                "unknown key \"threadz\"",
                                "threads")),
                errors);
    }

    @Test
    void everyMistakeIsReportedInLineOrder() throws Exception {
        Path file = TestModules.write(dir, """
                [modules.disk]
                direct = "yes"

                [run]
                iterations = "5"
                affinity = 1

                [defaults]
                thread = 2
                """);

        ProfileException e =
                assertThrows(ProfileException.class, () -> loader.load(file, List.of(), TestModules.all()));

        assertEquals(
                List.of("modules.disk.direct:2", "run.iterations:5", "run.affinity:6", "defaults.thread:9"),
                e.errors().stream()
                        .map(error -> error.keyPath() + ":" + error.line())
                        .toList());
        assertEquals("threads", e.errors().get(3).suggestion());
        assertTrue(
                e.getMessage().startsWith("4 errors in the profile:\n  " + file + ":2: modules.disk.direct: "),
                e.getMessage());
    }

    @Test
    void aRequiredKeyThatNoLayerSetsIsNamedAtItsTable() throws Exception {
        Path file = TestModules.write(dir, "[run]\n\n[modules.peer]\nstreams = 1\n");
        String schema = """
                {"type": "object", "required": ["host"],
                 "properties": {"host": {"type": "string"}, "streams": {"type": "integer"}}}
                """;
        Map<String, ModuleSchema> modules = Map.of("peer", new ModuleSchema("peer", schema, Map.of()));

        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(file, List.of(), modules));

        assertEquals(
                List.of(new ProfileError(file(), "modules.peer.host", 3, "the required key \"host\"", "nothing", null)),
                e.errors());
    }

    @Test
    void dottedKeysAndInlineTablesAreLocated() throws Exception {
        List<ProfileError> errors = errorsOf("""
                run.iterations = -1
                modules = { cpu = { threads = 0 } }
                """);

        assertEquals(
                List.of("run.iterations:1", "modules.cpu.threads:2"),
                errors.stream()
                        .map(error -> error.keyPath() + ":" + error.line())
                        .toList());
    }

    @Test
    void aModuleWithAnUnusableSchemaOrInvalidDefaultsIsBlamedNotTheProfile() throws Exception {
        Path file = TestModules.write(dir, "[modules.broken]\n[modules.sloppy]\n");
        Map<String, ModuleSchema> modules = Map.of(
                "broken", new ModuleSchema("broken", "{not json", Map.of()),
                "sloppy", new ModuleSchema("sloppy", TestModules.CPU_SCHEMA, Map.of("threads", "many")));

        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(file, List.of(), modules));

        assertEquals(
                List.of("defaults of module sloppy", "module broken"),
                e.errors().stream().map(ProfileError::file).sorted().toList());
        assertTrue(
                e.getMessage()
                        .contains("modules.sloppy.threads: expected an integer; found string \"many\""
                                + " (a bug in the module, not in the profile)"),
                e.getMessage());
    }

    @Test
    void aTableWhereAValueBelongsIsAnError() throws Exception {
        List<ProfileError> errors = errorsOf("run = 3\n[modules]\ncpu = true\n");

        assertEquals(
                List.of(
                        new ProfileError(file(), "run", 1, "a table", "integer 3", null),
                        new ProfileError(file(), "modules.cpu", 3, "a table", "boolean true", null)),
                errors);
    }
}
