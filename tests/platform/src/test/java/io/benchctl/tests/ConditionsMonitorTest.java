package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.benchctl.api.result.ConditionSignal;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conditions monitor, each condition created for real around bin/benchctl as a real process:
 * a busy process ({@code stress-ng --cpu 1}) raises {@code background-cpu}, a cgroup CPU quota
 * {@code cgroup-throttled}, a {@code dd} on the scratch device {@code disk-busy}; a quiet run raises
 * none. Every result it writes carries a conditions block valid against the schema. What this
 * machine cannot produce (steal, frequency, thermal, swap) is ConditionWarningsTest's, on fixture
 * files.
 */
@Tag("slow")
class ConditionsMonitorTest {
    /** Warnings only a host condition raises: never the statistics' own (noisy-host, ci-min-max). */
    private static final Set<String> CONDITION_CODES = Set.of(
            "steal",
            "frequency-drop",
            "background-cpu",
            "swap",
            "thermal-throttled",
            "cgroup-throttled",
            "disk-busy",
            "retransmits",
            "saturation");

    private static final String CPU_PROFILE = """
            [run]
            warmup = "0s"
            duration = "500ms"
            cooldown = "0s"
            iterations = 4
            reporters = ["json"]
            [modules.cpu]
            threads = 1
            kernels = ["int"]
            """;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aQuietRunRaisesNoConditionWarning() throws Exception {
        double before = hostBusyCpus();
        RunResult result = benchctl(null, CPU_PROFILE);
        double after = hostBusyCpus();
        WorkloadResult cpu = only(result);
        List<String> raised =
                codes(cpu).stream().filter(CONDITION_CODES::contains).toList();
        // The host-independent conditions must be absent however busy this shared machine is.
        for (String never : List.of("steal", "swap", "thermal-throttled", "cgroup-throttled", "frequency-drop")) {
            assertFalse(raised.contains(never), never + " on a quiet run: " + cpu.warnings());
        }
        if (before < 0.1 && after < 0.1) {
            assertEquals(List.of(), raised, "a quiet host raises no condition warning: " + cpu.warnings());
        } else {
            // Other processes on this shared machine used CPU: the monitor must say so, not stay silent.
            System.out.printf("host not quiet (others used %.2f then %.2f CPUs): %s%n", before, after, raised);
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aBusyProcessRaisesBackgroundCpu() throws Exception {
        Process stress = start(List.of("stress-ng", "--cpu", "1", "--timeout", "60s", "--quiet"));
        try {
            Thread.sleep(500);
            WorkloadResult cpu = only(benchctl(null, CPU_PROFILE));
            ConditionSignal background = cpu.conditions().signal("background-cpu");
            assertTrue(background.median() >= 0.5, "stress-ng's CPU is seen: " + background);
            assertTrue(codes(cpu).contains("background-cpu"), cpu.warnings().toString());
            WarningInfo warning = warning(cpu, "background-cpu");
            assertTrue(warning.message().contains("threshold of 0.25 cpus"), warning.message());
        } finally {
            stop(stress);
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aCpuQuotaRaisesCgroupThrottled() throws Exception {
        String unavailable = CpuQuota.unavailable();
        if (unavailable != null) {
            requireInCi(unavailable);
        }
        try (CpuQuota quota =
                CpuQuota.create("p-monitor-" + ProcessHandle.current().pid(), 25)) {
            WorkloadResult cpu = only(benchctl(quota, CPU_PROFILE));
            ConditionSignal throttled = cpu.conditions().signal("cgroup-throttled");
            assertTrue(throttled.source().contains("/p-monitor-"), "the run's own cgroup: " + throttled);
            assertTrue(throttled.max() > 0, throttled.toString());
            assertTrue(codes(cpu).contains("cgroup-throttled"), cpu.warnings().toString());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void ddOnTheScratchDeviceRaisesDiskBusy() throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("p-monitor-scratch"));
        Path ddFile = scratch.resolve("p-monitor-dd.bin");
        // Rewrites one 128 MiB file with direct I/O until stopped, at most 60 s.
        Process dd = start(List.of(
                "timeout",
                "60",
                "sh",
                "-c",
                "while :; do dd if=/dev/zero of='" + ddFile
                        + "' bs=1M count=128 oflag=direct conv=fsync status=none || exit 1; done"));
        try {
            Thread.sleep(500);
            RunResult result = benchctl(null, """
                    [run]
                    warmup = "0s"
                    duration = "500ms"
                    cooldown = "0s"
                    iterations = 4
                    reporters = ["json"]
                    [modules.disk]
                    patterns = ["seq-read"]
                    block_sizes = ["1MiB"]
                    file_size = "32MiB"
                    jobs = 1
                    direct = "auto"
                    dir = "%s"
                    """.formatted(scratch));
            WorkloadResult disk = only(result);
            ConditionSignal other = disk.conditions().signal("disk-other-io");
            assertTrue(other.available(), "the scratch device is watched: " + other);
            assertTrue(codes(disk).contains("disk-busy"), other + " " + disk.warnings());
        } finally {
            stop(dd);
            Files.deleteIfExists(ddFile);
        }
    }

    /** CPUs the host kept busy over one second while this test slept: what other processes use. */
    private static double hostBusyCpus() throws IOException, InterruptedException {
        long[] first = cpuTicks();
        Thread.sleep(1000);
        long[] second = cpuTicks();
        long total = second[0] - first[0];
        return total <= 0 ? 0 : (double) (second[1] - first[1]) / total * second[2];
    }

    /** Total ticks, busy ticks and CPUs of /proc/stat. */
    private static long[] cpuTicks() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
        String[] f = lines.getFirst().trim().split("\\s+");
        long busy = Long.parseLong(f[1])
                + Long.parseLong(f[2])
                + Long.parseLong(f[3])
                + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
        long total = busy + Long.parseLong(f[4]) + Long.parseLong(f[5]) + Long.parseLong(f[8]);
        long cpus = lines.stream().filter(l -> l.matches("cpu[0-9]+ .*")).count();
        return new long[] {total, busy, cpus};
    }

    private void requireInCi(String unavailable) {
        if ("true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"))) {
            fail("CI runs as root and must check conditions for real: " + unavailable);
        }
        Assumptions.abort(unavailable);
    }

    private Process start(List<String> command) throws IOException {
        if (command.getFirst().equals("stress-ng") && !onPath("stress-ng")) {
            requireInCi("stress-ng is not installed (scripts/install-test-deps.sh installs it)");
        }
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static boolean onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** Ends a process the test started, and its children (dd under sh under timeout). */
    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static WorkloadResult only(RunResult result) {
        assertEquals(1, result.tests().size(), result.tests().toString());
        WorkloadResult test = result.tests().getFirst();
        assertNotNull(test.conditions(), "every workload result has a conditions block");
        return test;
    }

    private static List<String> codes(WorkloadResult test) {
        return test.warnings().stream().map(WarningInfo::code).toList();
    }

    private static WarningInfo warning(WorkloadResult test, String code) {
        return test.warnings().stream()
                .filter(w -> w.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** bin/benchctl run as a real process, inside {@code quota} when it is not null; its result, schema-checked. */
    private RunResult benchctl(CpuQuota quota, String profileText) throws Exception {
        Path profile = Files.writeString(Files.createTempFile(temp, "profile", ".toml"), profileText);
        Path output = Files.createTempDirectory(temp, "out");
        List<String> command = new ArrayList<>(List.of(
                LauncherTest.DIST.resolve("bin/benchctl").toString(),
                "run",
                "--profile",
                profile.toString(),
                "--output",
                output.toString(),
                "--no-tui"));
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(quota == null ? command : quota.wrap(command))
                .directory(temp.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        builder.environment().remove("BENCHCTL_PLUGINS");
        Process process = builder.start();
        if (!process.waitFor(80, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("benchctl did not finish");
        }
        Path latest = output.resolve("latest.json");
        assertEquals(0, process.exitValue(), Files.readString(err));
        assertEquals(List.of(), ResultSchema.validate("result.schema.json", latest));
        return ResultCodec.read(latest);
    }
}
