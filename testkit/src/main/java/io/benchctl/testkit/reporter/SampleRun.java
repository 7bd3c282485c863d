package io.benchctl.testkit.reporter;

import static io.benchctl.testkit.reporter.Metrics.latency;
import static io.benchctl.testkit.reporter.Metrics.perIteration;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.PluginInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * One synthetic but realistic run: four modules, per-thread metrics, latencies with real
 * histograms, a failed and a skipped workload, warnings. Every reporter test renders this one.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class SampleRun {

    public static final String RUN_ID = "20261129T163800Z-lab";

    /** The host id the run names (as {@code benchctl run --host-id} would set it). */
    public static final String HOST_ID = "lab-node-1";

    private SampleRun() {}

    public static RunResult result() {
        List<WorkloadResult> tests = Stream.of(cpu(), memory(), disk(), syscall(), network())
                .flatMap(List::stream)
                .toList();
        return new RunResult(
                RunResult.SCHEMA_VERSION,
                RUN_ID,
                "lab",
                RunStatus.FAILED,
                "2026-11-29T16:38:00Z",
                "2026-11-29T16:41:12Z",
                info(),
                HOST_ID,
                host(),
                profile(),
                tests);
    }

    /** The cpu module: two kernels, the first with per-thread figures. */
    private static List<WorkloadResult> cpu() {
        return List.of(
                ok(
                        "cpu",
                        "int",
                        List.of(),
                        perIteration(
                                "ops_per_second",
                                "ops/s",
                                Better.HIGHER,
                                null,
                                2.4612e8,
                                2.4688e8,
                                2.4523e8,
                                2.4701e8,
                                2.4655e8),
                        perIteration(
                                "ops_per_second",
                                "ops/s",
                                Better.HIGHER,
                                0,
                                1.2301e8,
                                1.2344e8,
                                1.2260e8,
                                1.2351e8,
                                1.2330e8),
                        perIteration(
                                "ops_per_second",
                                "ops/s",
                                Better.HIGHER,
                                1,
                                1.2311e8,
                                1.2344e8,
                                1.2263e8,
                                1.2350e8,
                                1.2325e8)),
                ok(
                        "cpu",
                        "hash",
                        List.of(),
                        perIteration(
                                "bandwidth", "MB/s", Better.HIGHER, null, 2890.4, 2911.7, 2874.2, 2903.3, 2899.9)));
    }

    /** The memory module: one kernel on a noisy host. */
    private static List<WorkloadResult> memory() {
        return List.of(ok(
                "memory",
                "triad/1GiB/stride1",
                List.of(new WarningInfo("noisy-host", "CV 14.0% across iterations exceeds 5%: the host is noisy")),
                perIteration("bandwidth", "MB/s", Better.HIGHER, null, 12345.6, 14811.0, 12812.3, 16602.5, 12100.1)));
    }

    /** The disk module: a buffered fallback, latencies, and a workload that failed. */
    private static List<WorkloadResult> disk() {
        return List.of(
                ok(
                        "disk",
                        "seq-read/1MiB",
                        List.of(new WarningInfo(
                                "direct-io-fallback", "direct I/O unsupported on tmpfs: buffered fallback")),
                        perIteration("bandwidth", "MiB/s", Better.HIGHER, null, 612.3, 598.1, 640.8, 605.5, 621.0)),
                ok(
                        "disk",
                        "rand-read/4KiB",
                        List.of(),
                        perIteration("iops", "ops/s", Better.HIGHER, null, 10512, 10377, 10688, 10433, 10590),
                        latency(
                                "latency",
                                Latencies.logNormal(94_000, 0.25, 20_000, 7),
                                List.of(93900.0, 94100.0, 94400.0, 93700.0, 94000.0))),
                failed(
                        "disk",
                        "rand-write/4KiB",
                        new ErrorInfo(ErrorCode.EXCEPTION, Phase.RUNNING, "No space left on device (quota 4GiB)")));
    }

    /** The syscall module: round-trip latencies. */
    private static List<WorkloadResult> syscall() {
        return List.of(ok(
                "syscall",
                "pipe/1B",
                List.of(),
                latency(
                        "round_trip",
                        Latencies.logNormal(7_200, 0.15, 50_000, 11),
                        List.of(7190.0, 7210.0, 7230.0, 7180.0, 7200.0))));
    }

    /** The network module, skipped: its peer was unreachable. */
    private static List<WorkloadResult> network() {
        return List.of(skipped(
                "network",
                "tcp/peer",
                new ErrorInfo(ErrorCode.SKIPPED, Phase.INIT, "peer host-b:7420 unreachable: connection refused")));
    }

    /** Workload ids in run order. */
    public static List<String> workloadIds() {
        return result().tests().stream().map(WorkloadResult::id).toList();
    }

    private static WorkloadResult ok(
            String module, String variant, List<WarningInfo> warnings, MetricResult... metrics) {
        return new WorkloadResult(
                module + "/" + variant,
                module,
                variant,
                WorkloadStatus.OK,
                null,
                warnings,
                List.of(metrics),
                List.of(0, 1),
                "2026-11-29T16:38:01Z",
                "2026-11-29T16:38:20Z");
    }

    private static WorkloadResult failed(String module, String variant, ErrorInfo error) {
        return new WorkloadResult(
                module + "/" + variant,
                module,
                variant,
                WorkloadStatus.FAILED,
                error,
                List.of(),
                List.of(),
                List.of(),
                "2026-11-29T16:39:00Z",
                "2026-11-29T16:39:04Z");
    }

    private static WorkloadResult skipped(String module, String variant, ErrorInfo error) {
        return new WorkloadResult(
                module + "/" + variant,
                module,
                variant,
                WorkloadStatus.SKIPPED,
                error,
                List.of(),
                List.of(),
                List.of(),
                "2026-11-29T16:41:10Z",
                "2026-11-29T16:41:10Z");
    }

    private static BenchctlInfo info() {
        return new BenchctlInfo(
                "0.1.0",
                "1.0.0",
                "f3bb2c2a1b0c",
                "25.0.1",
                List.of(new PluginInfo(
                        "markdown-reporter", "0.1.0", "benchctl", "markdown-reporter-0.1.0.jar", "ab".repeat(32))));
    }

    /** The host block, as the runtime's host collector shapes it. */
    public static Map<String, Object> host() {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("hostname", "lab-01");
        host.put("os", Map.of("family", "linux", "name", "Debian GNU/Linux 12", "kernel", "6.1.0-26-cloud-amd64"));
        host.put("cpu", Map.of("model", "AMD EPYC 7B13", "sockets", 1, "cores", 1, "threads", 2));
        host.put("memory", Map.of("totalBytes", 25_769_803_776L));
        host.put("jvm", Map.of("vendor", "Eclipse Adoptium", "version", "25.0.1"));
        host.put("virtualization", "kvm");
        host.put("fingerprint", "9f2c41d07a5e");
        return host;
    }

    private static Map<String, Object> profile() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", "lab");
        run.put("warmup", "2s");
        run.put("duration", "5s");
        run.put("iterations", 5);
        run.put("reporters", List.of("json", "markdown", "tui"));
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("cpu", Map.of("threads", 2, "kernels", List.of("int", "hash")));
        modules.put("memory", Map.of("kernels", List.of("triad"), "buffer_sizes", List.of("1GiB")));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("run", run);
        profile.put("modules", modules);
        return profile;
    }
}
