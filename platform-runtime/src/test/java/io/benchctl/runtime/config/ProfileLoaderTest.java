package io.benchctl.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

    private final ProfileLoader loader = new ProfileLoader();

    @TempDir
    Path dir;

    @Test
    void theEmptyProfileGivesTheRuntimeDefaultsAndEveryLoadedModule() throws Exception {
        EffectiveProfile profile = loader.load(null, List.of(), TestModules.all());

        RunSettings run = profile.run();
        assertEquals("benchctl", run.name());
        assertEquals(Duration.ofSeconds(1), run.warmup());
        assertEquals(Duration.ofSeconds(2), run.duration());
        assertEquals(Duration.ofMillis(200), run.cooldown());
        assertEquals(5, run.iterations());
        assertEquals("sequential", run.schedule());
        assertEquals(2, run.maxParallel());
        assertTrue(run.affinity());
        assertEquals("results", run.output());
        assertEquals(List.of("json"), run.reporters());
        assertFalse(run.allowConflicts());
        assertEquals(Duration.ofSeconds(60), run.phaseTimeout());
        assertEquals(RunSettings.defaults(), run);
        assertEquals(
                List.of("cpu", "memory", "disk", "network"),
                List.copyOf(profile.modules().keySet()));
        assertEquals(2L, profile.modules().get("cpu").getLong("threads"));
        assertEquals(1L << 30, profile.modules().get("disk").getBytes("file_size"));
    }

    @Test
    void theProfileOfTheSpecificationLoads() throws Exception {
        Path file = TestModules.write(dir, """
                [run]
                name = "lab"
                warmup = "2s"            # per workload, not measured
                duration = "5s"
                cooldown = "500ms"
                iterations = 5
                schedule = "parallel"
                max_parallel = 2
                affinity = false
                output = "results"
                reporters = ["json", "markdown", "tui"]

                [modules.memory]
                kernels = ["copy", "scale", "add", "triad"]
                buffer_sizes = ["32KiB", "4MiB", "1GiB"]
                strides = [1, 8]
                threads = 1

                [modules.cpu]
                threads = 2
                kernels = ["int", "float", "hash"]
                """);

        EffectiveProfile profile = loader.load(file, List.of(), TestModules.all());

        assertEquals(file, profile.source());
        assertEquals("lab", profile.run().name());
        assertEquals(Duration.ofMillis(500), profile.run().cooldown());
        assertEquals("parallel", profile.run().schedule());
        assertFalse(profile.run().affinity());
        assertEquals(List.of("json", "markdown", "tui"), profile.run().reporters());
        assertEquals(List.of("memory", "cpu"), List.copyOf(profile.modules().keySet()), "profile order");
        Settings memory = profile.modules().get("memory");
        assertEquals(List.of(32L * 1024, 4L << 20, 1L << 30), memory.getBytesList("buffer_sizes"));
        assertEquals(List.of(1L, 8L), memory.getLongList("strides"));
        assertEquals(List.of("copy", "scale", "add", "triad"), memory.getStringList("kernels"));
    }

    @Test
    void precedenceIsModuleDefaultsThenDefaultsTableThenModuleTableThenSet() throws Exception {
        Path file = TestModules.write(dir, """
                [run]
                iterations = 7
                warmup = "3s"

                [defaults]
                threads = 3
                fsync = true

                [modules.cpu]

                [modules.memory]
                threads = 4
                strides = [2]

                [modules.disk]
                dir = "/data"
                """);

        EffectiveProfile profile = loader.load(
                file,
                List.of(
                        "modules.memory.threads=5",
                        "run.iterations=3",
                        "run.warmup=1500ms",
                        "modules.disk.dir=\"/mnt/x\"",
                        "modules.memory.kernels=[\"triad\"]"),
                TestModules.all());

        Settings cpu = profile.modules().get("cpu");
        Settings memory = profile.modules().get("memory");
        Settings disk = profile.modules().get("disk");
        assertEquals(3L, cpu.getLong("threads"), "[defaults] over the module default");
        assertEquals(List.of("int", "float", "hash"), cpu.getStringList("kernels"), "module default kept");
        assertEquals(5L, memory.getLong("threads"), "--set over [modules.memory]");
        assertEquals(List.of(2L), memory.getLongList("strides"), "[modules.memory] over the module default");
        assertEquals(List.of("triad"), memory.getStringList("kernels"), "--set takes a TOML array");
        assertTrue(disk.getBoolean("fsync"), "[defaults] applies where the schema declares the key");
        assertFalse(disk.has("threads"), "[defaults] skips modules whose schema lacks the key");
        assertEquals("/mnt/x", disk.getString("dir"));
        assertEquals(3, profile.run().iterations(), "--set over [run]");
        assertEquals(Duration.ofMillis(1500), profile.run().warmup(), "a plain --set value is a string");
        assertEquals(
                List.of("cpu", "memory", "disk"), List.copyOf(profile.modules().keySet()));
    }

    @Test
    void aSetAddsAModuleToTheProfileSelection() throws Exception {
        Path file = TestModules.write(dir, "[modules.cpu]\n");

        EffectiveProfile profile = loader.load(file, List.of("modules.network.retries=0"), TestModules.all());

        assertEquals(List.of("cpu", "network"), List.copyOf(profile.modules().keySet()));
        assertEquals(0L, profile.modules().get("network").getLong("retries"));
    }

    @Test
    void measuringSettingsParseAndReachTheTreeOnlyWhenUsed() throws Exception {
        Path file = TestModules.write(dir, """
                [run]
                warmup = "auto"
                warmup_max = "5s"
                target_ci = "2.5%"
                max_time = "1m"
                rounds = 4
                order = "random"
                seed = 42
                [modules.cpu]
                """);
        EffectiveProfile profile = loader.load(file, List.of(), TestModules.all());
        RunSettings run = profile.run();
        assertTrue(run.warmupAuto());
        assertEquals(Duration.ZERO, run.warmup(), "the workload's own warm-up time is none");
        assertEquals(Duration.ofSeconds(5), run.warmupMax());
        assertEquals(0.025, run.targetCi(), 1e-12);
        assertTrue(run.adaptive());
        assertEquals(Duration.ofMinutes(1), run.maxTime());
        assertEquals(4, run.rounds());
        assertEquals("random", run.order());
        assertEquals(42L, run.seed());
        Map<?, ?> tree = (Map<?, ?>) profile.tree().get("run");
        assertEquals("auto", tree.get("warmup"));
        assertEquals("2.5%", tree.get("target_ci"));
        assertEquals(42L, tree.get("seed"));

        Map<?, ?> plain =
                (Map<?, ?>) loader.load(TestModules.write(dir, "[modules.cpu]\n"), List.of(), TestModules.all())
                        .tree()
                        .get("run");
        for (String unused : List.of("warmup_max", "target_ci", "max_time", "rounds", "order", "seed")) {
            assertFalse(plain.containsKey(unused), unused + " stays out of a profile that does not use it (its hash)");
        }
        assertFalse(RunSettings.defaults().adaptive());
        assertEquals(null, RunSettings.defaults().seed(), "auto: drawn when the order is random");
    }

    @Test
    void aBadTargetCiIsNamedWithItsForms() throws Exception {
        Path file = TestModules.write(dir, "[run]\ntarget_ci = \"2\"\n[modules.cpu]\n");
        ProfileException e =
                assertThrows(ProfileException.class, () -> loader.load(file, List.of(), TestModules.all()));
        assertTrue(e.getMessage().contains(Units.PERCENT_OR_OFF_FORMS), e.getMessage());
    }

    @Test
    void theTreeHoldsNormalisedRunValuesAndEffectiveModuleValues() throws Exception {
        Path file = TestModules.write(dir, """
                [run]
                warmup = "1000ms"
                duration = "0.5s"
                [modules.cpu]
                threads = 4
                [compare]
                max_regression_percent = 5
                """);

        Map<String, Object> tree =
                loader.load(file, List.of(), TestModules.all()).tree();

        Map<?, ?> run = (Map<?, ?>) tree.get("run");
        assertEquals("1s", run.get("warmup"));
        assertEquals("500ms", run.get("duration"));
        assertEquals(5L, run.get("iterations"));
        assertEquals(
                Map.of("cpu", Map.of("threads", 4L, "kernels", List.of("int", "float", "hash"))), tree.get("modules"));
        assertEquals(Map.of("max_regression_percent", 5L), tree.get("compare"));
    }

    @Test
    void narrowKeepsTheNamedModulesInProfileOrder() throws Exception {
        Path file = TestModules.write(dir, "[modules.memory]\n[modules.cpu]\n[modules.network]\n");
        EffectiveProfile profile = loader.load(file, List.of(), TestModules.all());

        EffectiveProfile narrowed = profile.narrow(List.of("network", "memory"));

        assertEquals(
                List.of("memory", "network"), List.copyOf(narrowed.modules().keySet()));
        assertEquals(
                List.of("memory", "network"),
                List.copyOf(((Map<?, ?>) narrowed.tree().get("modules")).keySet()));
        assertEquals(profile.run(), narrowed.run());
    }

    @Test
    void narrowRejectsAnIdNotInTheProfileWithTheNearestOne() throws Exception {
        Path file = TestModules.write(dir, "[modules.memory]\n[modules.cpu]\n");
        EffectiveProfile profile = loader.load(file, List.of(), TestModules.all());

        ProfileException e =
                assertThrows(ProfileException.class, () -> profile.narrow(List.of("cpu", "memroy", "disk")));

        assertEquals(2, e.errors().size());
        assertEquals(
                new ProfileError(
                        "--modules", null, null, "one of the profile's modules: memory, cpu", "\"memroy\"", "memory"),
                e.errors().get(0));
        assertEquals(null, e.errors().get(1).suggestion(), "disk is loaded but not in this profile");
        assertTrue(
                e.getMessage()
                        .contains("--modules: expected one of the profile's modules: memory, cpu; found \"memroy\""
                                + " (did you mean 'memory'?)"),
                e.getMessage());
        assertThrows(ProfileException.class, () -> profile.narrow(List.of()));
    }

    @Test
    void runDefaultsSatisfyTheRunSchemaWhosePatternsAreThoseOfUnits() {
        SchemaValidator validator = new SchemaValidator();
        String schema = loader.runSchemaJson();

        assertEquals(List.of(), validator.validate(Json.toNode(Defaults.run()), schema));
        assertTrue(schema.contains(Json.quote(Units.DURATION_PATTERN)), "warmup/cooldown use Units' grammar");
        assertTrue(schema.contains(Json.quote(Units.POSITIVE_DURATION_PATTERN)), "duration uses Units' grammar");
        assertEquals(
                List.copyOf(Defaults.run().keySet()),
                validator.topLevelProperties(schema),
                "every [run] key has a default, in schema order");
    }
}
