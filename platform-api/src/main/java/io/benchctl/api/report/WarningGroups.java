package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * How every reporter groups warnings, so a busy run reads as a few lines beside its results
 * instead of a wall of boxes before them: one {@link Group} per workload and warning code,
 * naming the metrics it touches, and one {@link Tally} for the whole run.
 *
 * <p>Generic over codes: a code this class has never heard of groups like any other. A warning
 * touches a metric when its message names the metric's label ({@code bandwidth} or
 * {@code bandwidth [thread 1]}; {@code bandwidth[thread 1]} too); one that names none (for
 * example {@code ci-min-max}) concerns the whole workload and has no metrics.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class WarningGroups {

    private WarningGroups() {}

    /**
     * The warnings of one code on one workload, in the order they came.
     *
     * @param metrics labels ({@link Formats#label}) of the metrics the messages name; empty when
     *     the warning concerns the whole workload
     * @param messages every message of this code, so nothing a reporter shows is lost
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Group(String code, List<String> metrics, List<String> messages) {}

    /**
     * A run's warnings counted for a one-line summary.
     *
     * @param warnings every warning of the run, as the result file lists them
     * @param groups the number of {@link Group}s (workload and code): the lines a report shows
     * @param workloads the workloads with at least one warning, in run order
     * @param byCode per code, in order of first appearance, how many warnings it has
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Tally(int warnings, int groups, List<String> workloads, Map<String, Integer> byCode) {
        public boolean isEmpty() {
            return warnings == 0;
        }

        /** {@code noisy-host ×25, ci-min-max ×15}: codes in order of first appearance. */
        public String codes() {
            return byCode.entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    /** The groups of a finished workload. */
    public static List<Group> of(WorkloadResult test) {
        return of(test.warnings() == null ? List.of() : test.warnings(), test.metrics());
    }

    /** The groups of warnings raised so far, against the metrics known so far (may be empty). */
    public static List<Group> of(List<WarningInfo> warnings, List<MetricResult> metrics) {
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (WarningInfo warning : warnings) {
            Set<String> labels = touched.computeIfAbsent(warning.code(), c -> new LinkedHashSet<>());
            labels.addAll(named(warning.message(), metrics == null ? List.of() : metrics));
            messages.computeIfAbsent(warning.code(), c -> new ArrayList<>()).add(warning.message());
        }
        List<Group> groups = new ArrayList<>();
        touched.forEach(
                (code, labels) -> groups.add(new Group(code, List.copyOf(labels), List.copyOf(messages.get(code)))));
        return groups;
    }

    /** Counts over every workload of the run. */
    public static Tally tally(RunResult result) {
        int warnings = 0;
        int groups = 0;
        List<String> workloads = new ArrayList<>();
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (WorkloadResult test : result.tests() == null ? List.<WorkloadResult>of() : result.tests()) {
            List<Group> found = of(test);
            if (found.isEmpty()) {
                continue;
            }
            workloads.add(test.id());
            groups += found.size();
            for (Group group : found) {
                warnings += group.messages().size();
                byCode.merge(group.code(), group.messages().size(), Integer::sum);
            }
        }
        return new Tally(warnings, groups, List.copyOf(workloads), Collections.unmodifiableMap(byCode));
    }

    /** Labels of the metrics a message names, in the workload's metric order. */
    private static List<String> named(String message, List<MetricResult> metrics) {
        List<String> labels = new ArrayList<>();
        for (MetricResult metric : metrics) {
            String name = Pattern.quote(metric.name());
            String pattern = metric.thread() == null
                    ? "(?<![\\w.-])" + name + "(?![\\w-]|\\s?\\[thread)"
                    : "(?<![\\w.-])" + name + "\\s?\\[thread " + metric.thread() + "\\]";
            if (message != null && Pattern.compile(pattern).matcher(message).find()) {
                labels.add(Formats.label(metric));
            }
        }
        return labels;
    }
}
