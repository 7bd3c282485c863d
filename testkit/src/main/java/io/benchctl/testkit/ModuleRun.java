package io.benchctl.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.Phase;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one {@link ModuleTestKit} run produced: the result the reporters received, the exit code
 * {@code benchctl run} would have returned, and every listener event in order.
 *
 * @param result the run's result, as reporters and the JSON file get it
 * @param exitCode 0 all workloads ok or skipped, 1 a workload or reporter failed
 * @param events every listener event, in arrival order
 * @param console what the runtime and reporters printed for the user (their stderr)
 * @param outputDirectory where reporters wrote, when the test chose the folder; else null (the
 *     kit's temporary folder is removed after the run)
 * @param thrown the first exception each workload threw, by variant (the result holds only its
 *     text)
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record ModuleRun(
        RunResult result,
        int exitCode,
        List<RunEvent> events,
        String console,
        Path outputDirectory,
        Map<String, Throwable> thrown) {

    public ModuleRun {
        events = List.copyOf(events);
        thrown = Map.copyOf(thrown);
    }

    /**
     * The exception the workload with this variant threw from its lifecycle, which the runtime
     * turned into the result's error; empty when it threw none.
     */
    public Optional<Throwable> thrown(String variant) {
        return Optional.ofNullable(thrown.get(test(variant).variant()));
    }

    /** One result per workload, in run order. */
    public List<WorkloadResult> tests() {
        return result.tests();
    }

    /**
     * The result of the workload with this variant (the part of the id after {@code module/}).
     *
     * @throws IllegalArgumentException naming the variants that ran when there is no such one
     */
    public WorkloadResult test(String variant) {
        return tests().stream()
                .filter(t -> t.variant().equals(variant))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("no workload with the variant '" + variant + "'; the run had: "
                                + tests().stream().map(WorkloadResult::variant).toList()));
    }

    /**
     * The aggregate (all threads) metric of that name in a workload's result.
     *
     * @throws IllegalArgumentException naming the metrics there are when there is no such one
     */
    public MetricResult metric(String variant, String metricName) {
        WorkloadResult test = test(variant);
        return test.metrics().stream()
                .filter(m -> m.name().equals(metricName) && m.thread() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "workload '" + test.id() + "' has no aggregate metric '" + metricName + "'; it has: "
                                + test.metrics().stream()
                                        .map(MetricResult::name)
                                        .distinct()
                                        .toList()));
    }

    /**
     * The warnings one workload raised itself through {@code WorkloadContext.warn} (and the
     * runtime raised for it while it ran, such as scratch-space ones), in order, from the live
     * events. The result's {@code warnings()} also hold those the statistics add afterwards
     * ({@code noisy-host}, {@code ci-min-max}, {@code coarse-timer}).
     */
    public List<WarningInfo> workloadWarnings(String variant) {
        String id = test(variant).id();
        return events(RunEvent.Warning.class).stream()
                .filter(e -> e.workloadId().equals(id))
                .map(RunEvent.Warning::warning)
                .toList();
    }

    /** The events of one type, in order; e.g. {@code events(RunEvent.Warning.class)}. */
    public <T extends RunEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The lifecycle phases one workload went through, in order (INIT, WARMUP, RUNNING, COOLDOWN, then DONE, FAILED or SKIPPED). */
    public List<Phase> phases(String variant) {
        String id = test(variant).id();
        return events(RunEvent.PhaseChanged.class).stream()
                .filter(e -> e.workloadId().equals(id))
                .map(RunEvent.PhaseChanged::phase)
                .toList();
    }
}
