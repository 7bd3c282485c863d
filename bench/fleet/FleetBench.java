package io.benchctl.runtime.fleet;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of {@code fleet report} (run from bench/fleet/run.sh): HOSTS synthetic results of a
 * default-profile-sized run (WORKLOADS workloads, a third of them latencies with real
 * HdrHistograms of 5 × 2000 observations), written as files, then read, analysed and rendered as
 * text, HTML and JSON in this process. Prints the first (cold) time and the median of REPEATS
 * more. In the package of the test fixture it builds results with.
 *
 * <p>Usage: {@code FleetBench DIR [hosts] [workloads] [repeats]}, by default 100 15 9.
 */
public final class FleetBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int workloads = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        FleetRuns runs = new FleetRuns(42).workloadCount(workloads).latenciesPerIteration(2000);
        long bytes = 0;
        for (int i = 1; i <= hosts; i++) {
            RunResult run = runs.host(String.format(Locale.ROOT, "node-%03d", i), i == 17 ? 1.3 : 1);
            bytes += Files.size(FleetRuns.write(dir, run.runId() + ".json", run));
        }
        System.out.printf(Locale.ROOT, "%d results, %d workloads each, %.1f MB in %s%n", hosts, workloads, bytes / 1e6, dir);
        double cold = once(dir);
        double[] warm = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            warm[i] = once(dir);
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "in-process read + analyse + render: first %.0f ms, median of %d %.0f ms%n", cold,
                repeats, warm[repeats / 2]);
    }

    private static double once(Path dir) throws Exception {
        long start = System.nanoTime();
        FleetReport report = FleetAnalysis.analyse(
                FleetInputs.read(List.of(dir)), new OutlierRule(OutlierRule.DEFAULT_K, OutlierRule.DEFAULT_ALPHA));
        int length = FleetText.render(report).length() + FleetHtml.render(report).length()
                + ResultCodec.mapper().writeValueAsString(report).length();
        if (report.metrics().isEmpty() || length == 0) {
            throw new IllegalStateException("nothing merged");
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
