package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Change-point detection on real runs: fifteen runs of one short CPU profile through the built
 * launcher, each started inside one cgroup, which allows 25 ms of CPU per 100 ms from the
 * eleventh run on. {@code history check} must find exactly one change point, at run 11, a
 * regression, and exit 3; the first ten runs alone have none and exit 0. The cgroup also has the
 * largest CPU weight, so that other work on a shared host (builds, other tests) does not add its
 * noise to the runs. About 45 s; tagged {@code slow} so that it can be left out
 * ({@code -DexcludedGroups=slow}). It needs a cgroup it may create: elsewhere it is skipped with
 * the reason, but under {@code CI=true} as root it fails instead.
 */
@Tag("slow")
@EnabledOnOs(
        value = OS.LINUX,
        disabledReason =
                "needs Linux (procfs, signals, namespaces or the bash launcher); the portable subset leaves it out")
class HistoryRealRunsTest {

    static final long QUOTA_MICROS = 25_000;
    static final String HOST = "e2e-host";

    /** One CPU-bound workload, five iterations of 200 ms: run-to-run noise of about 1–3 % here. */
    static final String PROFILE = """
            [run]
            name = "history-e2e"
            warmup = "100ms"
            duration = "200ms"
            cooldown = "0s"
            iterations = 5
            reporters = ["json"]

            [modules.cpu]
            kernels = ["int"]
            threads = 1
            """;

    @TempDir
    Path temp;

    record Launched(int exitCode, String out, String err, double seconds) {}

    @Test
    void aCpuQuotaFromRunElevenIsOneRegressionAtRunEleven() throws Exception {
        long start = System.nanoTime();
        Path profile = Files.writeString(temp.resolve("history-e2e.toml"), PROFILE);
        List<Path> results = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        try (CpuCgroup cgroup = cgroupOrSkip()) {
            for (int run = 1; run <= 15; run++) {
                if (run == 11) {
                    cgroup.limit(QUOTA_MICROS);
                }
                Path dir = Files.createDirectories(temp.resolve(String.format(Locale.ROOT, "run-%02d", run)));
                List<String> command = benchctl(
                        "run",
                        "--profile",
                        profile.toString(),
                        "--output",
                        dir.resolve("out").toString(),
                        "--no-tui");
                Launched launched = launch(dir, cgroup.wrap(command));
                assertEquals(0, launched.exitCode(), "run " + run + ": " + launched.err());
                results.add(result(dir.resolve("out")));
                seconds.add(launched.seconds());
            }
        }
        Path all = importRuns("all.db", results);
        Path firstTen = importRuns("first-ten.db", results.subList(0, 10));

        Launched check = launch(temp, benchctl("history", "check", "--history", all.toString()));
        System.out.printf(
                Locale.ROOT,
                "runs took %s s; history check (exit %d):%n%s",
                seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList(),
                check.exitCode(),
                check.out());
        assertEquals(3, check.exitCode(), check.out() + check.err());
        JsonNode report = checkJson(all);
        assertEquals(1, report.get("series").size(), report.toString());
        JsonNode series = report.get("series").get(0);
        assertEquals("cpu/int/t1", series.get("workload").asString());
        assertEquals(15, series.get("runs").asInt());
        assertEquals(1, series.get("changePoints").size(), "exactly one change point: " + check.out());
        JsonNode point = series.get("changePoints").get(0);
        assertEquals(11, point.get("run").asInt(), check.out());
        assertEquals(runId(results.get(10)), point.get("runId").asString());
        assertTrue(point.get("regression").asBoolean(), check.out());
        assertTrue(series.get("failing").asBoolean(), check.out());

        Launched aa = launch(temp, benchctl("history", "check", "--history", firstTen.toString()));
        System.out.printf(Locale.ROOT, "first ten runs (exit %d):%n%s", aa.exitCode(), aa.out());
        assertEquals(0, aa.exitCode(), aa.out() + aa.err());
        assertEquals(0, checkJson(firstTen).get("summary").get("changePoints").asInt(), aa.out());
        System.out.printf(Locale.ROOT, "the whole test took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The cgroup, or the test skipped (failed under CI=true as root) with the reason there is none. */
    private static CpuCgroup cgroupOrSkip() {
        try {
            return CpuCgroup.create();
        } catch (IOException e) {
            String reason = "cannot run benchctl in a cgroup with a CPU quota here: " + e.getMessage();
            if ("true".equals(System.getenv("CI")) && isRoot()) {
                fail(reason + "; CI=true as root needs the cgroup cpu controller");
            }
            return Assumptions.abort(reason);
        }
    }

    private static boolean isRoot() {
        try (Stream<String> status = Files.lines(Path.of("/proc/self/status"))) {
            return status.anyMatch(line -> line.matches("Uid:\\s+0\\s.*"));
        } catch (IOException e) {
            return false;
        }
    }

    private Path importRuns(String name, List<Path> results) {
        Path db = temp.resolve(name);
        List<String> args =
                new ArrayList<>(List.of("history", "import", "--history", db.toString(), "--host-id", HOST));
        results.forEach(result -> args.add(result.toString()));
        Fixtures.CliResult imported = Fixtures.cli(args.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.err());
        return db;
    }

    private static JsonNode checkJson(Path db) {
        Fixtures.CliResult json = Fixtures.cli("history", "check", "--history", db.toString(), "--format", "json");
        return ResultCodec.mapper().readTree(json.out());
    }

    private static List<String> benchctl(String... args) {
        List<String> command = new ArrayList<>(
                List.of(LauncherTest.DIST.resolve("bin/benchctl").toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command to its end (at most 60 s) in {@code dir}, stdout and stderr into files there. */
    private static Launched launch(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("BENCHCTL_PLUGINS");
        builder.environment().remove("BENCHCTL_HISTORY");
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail(command + " did not end within 60 s: " + Files.readString(err));
        }
        return new Launched(
                process.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - start) / 1e9);
    }

    /** The result file a run wrote into its own output folder. */
    private static Path result(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("latest.json"))
                    .toList();
            assertEquals(1, found.size(), "results in " + output + ": " + found);
            return found.getFirst();
        }
    }

    private static String runId(Path result) throws IOException {
        return ResultCodec.read(result).runId();
    }
}
