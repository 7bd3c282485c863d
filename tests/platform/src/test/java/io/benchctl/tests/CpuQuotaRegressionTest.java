package io.benchctl.tests;

import static io.benchctl.tests.Fixtures.JSON_REPORTER;
import static io.benchctl.tests.Fixtures.TEST_PLUGIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate fails on a real regression: a one-run baseline of a CPU-bound workload, then the same
 * profile with a quarter of one CPU (a cgroup quota) makes {@code baseline compare} exit 3 and name
 * the metric. The baseline runs in a group allowed one whole CPU, so that on a shared machine both
 * runs are limited by their quota rather than by their neighbours. Under {@code CI=true} as root a
 * missing CPU controller fails the test; elsewhere it is skipped with the reason.
 */
@Tag("slow")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class CpuQuotaRegressionTest {
    private static final String SUMS = "sample/sum0:sums_per_second";

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aQuarterOfTheCpuFailsTheGateAndNamesTheMetric() throws Exception {
        requireCpuQuotas();
        Path plugins = Fixtures.pluginsDir(temp, TEST_PLUGIN, JSON_REPORTER);
        Path profile = Files.writeString(temp.resolve("cpu.toml"), """
                [run]
                name = "cpu-gate"
                warmup = "500ms"
                duration = "200ms"
                cooldown = "0ms"
                iterations = 10
                reporters = ["json"]
                [modules.sample]
                size = 1024
                """);
        Path baseline = temp.resolve("baseline.json");
        String tag = "benchctl-test-" + ProcessHandle.current().pid();
        try (CpuQuota whole = CpuQuota.create(tag + "-whole", 100)) {
            Finished record = benchctl(
                    whole,
                    "baseline",
                    "record",
                    "--runs",
                    "1",
                    "--plugins-dir",
                    plugins.toString(),
                    "--profile",
                    profile.toString(),
                    "--output",
                    temp.resolve("baseline").toString(),
                    "--out",
                    baseline.toString());
            assertEquals(0, record.exitCode(), record.err());
            assertTrue(record.err().contains("one-run"), "says the one-run allowance applies: " + record.err());
        }
        try (CpuQuota quarter = CpuQuota.create(tag + "-quarter", 25)) {
            Finished run = benchctl(
                    quarter,
                    "run",
                    "--plugins-dir",
                    plugins.toString(),
                    "--profile",
                    profile.toString(),
                    "--output",
                    temp.resolve("quota").toString(),
                    "--no-tui");
            assertEquals(0, run.exitCode(), run.err());
        }
        Finished compare = benchctl(
                null,
                "baseline",
                "compare",
                "--baseline",
                baseline.toString(),
                temp.resolve("quota/latest.json").toString());
        assertEquals(3, compare.exitCode(), compare.out() + compare.err());
        String line = compare.out()
                .lines()
                .filter(l -> l.startsWith(SUMS))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + SUMS + " in " + compare.out()));
        assertTrue(line.contains("regressed"), line);
        double delta = Double.parseDouble(line.replaceAll(".*ops/s\\s+(-[0-9.]+)%.*", "$1"));
        assertTrue(delta < -40, "a quarter of a CPU at least halves the rate: " + line);
    }

    private static void requireCpuQuotas() {
        String unavailable = CpuQuota.unavailable();
        if (unavailable == null) {
            return;
        }
        if ("true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"))) {
            fail("CI runs as root and must check the gate under a CPU quota: " + unavailable);
        }
        Assumptions.abort(unavailable);
    }

    record Finished(int exitCode, String out, String err) {}

    /** bin/benchctl as a real process, inside {@code quota} when it is not null. */
    private Finished benchctl(CpuQuota quota, String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(LauncherTest.DIST.resolve("bin/benchctl").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(quota == null ? command : quota.wrap(command))
                .directory(temp.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("BENCHCTL_PLUGINS");
        Process process = builder.start();
        if (!process.waitFor(50, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("benchctl did not finish: " + String.join(" ", args));
        }
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
