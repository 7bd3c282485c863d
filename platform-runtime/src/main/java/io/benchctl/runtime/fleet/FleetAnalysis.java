package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.baseline.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Builds a {@link FleetReport} from the runs of many hosts. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FleetAnalysis {

    /** Every host's aggregate figure of one metric, in host order. */
    private record Column(
            WorkloadResult workload, MetricResult first, List<FleetHost> hosts, List<MetricResult> values) {}

    private FleetAnalysis() {}

    /** @throws BadInputException naming the file and metric of a histogram that cannot be read */
    public static FleetReport analyse(FleetInputs inputs, OutlierRule rule) throws BadInputException {
        return analyse(inputs, rule, null, List.of());
    }

    /**
     * The report, the matrices checked against the pairs of a pairing plan ({@code planFile}, or
     * null without one).
     *
     * @throws BadInputException naming the file and metric of a histogram that cannot be read
     */
    public static FleetReport analyse(
            FleetInputs inputs, OutlierRule rule, String planFile, List<PairPlan.Pair> planned)
            throws BadInputException {
        Cohorts.Split split = Cohorts.split(inputs.hosts());
        List<FleetHost> newest = newestPerHost(split.merged());
        Groups groups = new Groups(newest);
        List<FleetReport.Metric> metrics = new ArrayList<>();
        List<FleetReport.Outlier> outliers = new ArrayList<>();
        for (Column column : columns(newest)) {
            metrics.add(metric(column, groups, rule, outliers));
        }
        outliers.sort(Comparator.comparing(FleetReport.Outlier::host));
        List<FleetReport.Host> hosts = split.merged().stream()
                .map(host -> new FleetReport.Host(
                        host.id(),
                        host.file().toString(),
                        host.result().runId(),
                        host.status(),
                        groups.of(host.id()),
                        NetworkMatrices.peerAddress(host)))
                .toList();
        List<FleetReport.Matrix> network = NetworkMatrices.of(split.merged(), planned);
        FleetHost any = newest.isEmpty() ? null : newest.getFirst();
        return new FleetReport(
                FleetReport.SCHEMA_VERSION,
                any == null ? null : any.result().name(),
                split.measurementKey(),
                any == null || any.result().benchctl() == null
                        ? null
                        : any.result().benchctl().version(),
                rule.k(),
                rule.alpha(),
                hosts,
                groups.all(),
                metrics,
                List.copyOf(outliers),
                network,
                split.apart(),
                inputs.skipped(),
                planFile == null ? null : plan(planFile, planned, network));
    }

    private static FleetReport.Plan plan(String file, List<PairPlan.Pair> planned, List<FleetReport.Matrix> network) {
        Set<PairPlan.Pair> missing = new LinkedHashSet<>(network.isEmpty() ? planned : List.of());
        network.forEach(matrix -> matrix.missing().forEach(m -> missing.add(new PairPlan.Pair(m.from(), m.to()))));
        return new FleetReport.Plan(
                file, planned.size(), planned.stream().filter(missing::contains).toList());
    }

    /** A host with runs against several peers is one host in the metrics: its newest run. */
    private static List<FleetHost> newestPerHost(List<FleetHost> merged) {
        Map<String, FleetHost> newest = new LinkedHashMap<>();
        for (FleetHost host : merged) {
            newest.merge(host.id(), host, (a, b) -> startedAt(b).compareTo(startedAt(a)) > 0 ? b : a);
        }
        return List.copyOf(newest.values());
    }

    private static String startedAt(FleetHost host) {
        return host.result().startedAt() == null ? "" : host.result().startedAt();
    }

    /**
     * The per-host metrics. A peer-mode network figure belongs to a pair of hosts, not to the one
     * that ran it, so it is shown in the network matrix only and never makes a host an outlier.
     */
    private static List<Column> columns(List<FleetHost> hosts) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (FleetHost host : hosts) {
            boolean peerMode = NetworkMatrices.peerAddress(host) != null;
            for (WorkloadResult workload : host.result().tests()) {
                if (workload.status() != WorkloadStatus.OK
                        || (peerMode && NetworkMatrices.MODULE.equals(workload.module()))) {
                    continue;
                }
                for (MetricResult metric : workload.metrics()) {
                    if (metric.thread() != null) {
                        continue;
                    }
                    Column column = columns.computeIfAbsent(
                            workload.id() + ":" + metric.name(),
                            key -> new Column(workload, metric, new ArrayList<>(), new ArrayList<>()));
                    column.hosts().add(host);
                    column.values().add(metric);
                }
            }
        }
        return List.copyOf(columns.values());
    }

    private static FleetReport.Metric metric(
            Column column, Groups groups, OutlierRule rule, List<FleetReport.Outlier> outliers)
            throws BadInputException {
        Map<String, List<OutlierRule.Figure>> byGroup = new LinkedHashMap<>();
        List<String> histograms = new ArrayList<>();
        List<Path> histogramFiles = new ArrayList<>();
        for (int i = 0; i < column.hosts().size(); i++) {
            MetricResult value = column.values().get(i);
            String host = column.hosts().get(i).id();
            byGroup.computeIfAbsent(groups.of(host), key -> new ArrayList<>())
                    .add(new OutlierRule.Figure(host, value.value(), samples(value)));
            if (value.histogram() != null) {
                histograms.add(value.histogram());
                histogramFiles.add(column.hosts().get(i).file());
            }
        }
        MetricResult first = column.first();
        Set<String> flagged = new HashSet<>();
        byGroup.forEach((group, figures) -> {
            for (OutlierRule.Verdict verdict : rule.judge(figures, first.better())) {
                flagged.add(verdict.figure().host());
                outliers.add(new FleetReport.Outlier(
                        verdict.figure().host(),
                        group,
                        column.workload().id(),
                        first.name(),
                        first.unit(),
                        verdict.figure().median(),
                        verdict.groupMedian(),
                        verdict.limit(),
                        verdict.pValue()));
            }
        });
        List<FleetReport.HostValue> values = new ArrayList<>();
        for (int i = 0; i < column.hosts().size(); i++) {
            MetricResult value = column.values().get(i);
            String host = column.hosts().get(i).id();
            values.add(new FleetReport.HostValue(
                    host,
                    groups.of(host),
                    value.value(),
                    value.stats() == null ? null : value.stats().ciLow(),
                    value.stats() == null ? null : value.stats().ciHigh(),
                    value.samples() == null ? 0 : value.samples().size(),
                    flagged.contains(host)));
        }
        double[] medians =
                column.values().stream().mapToDouble(MetricResult::value).toArray();
        return new FleetReport.Metric(
                column.workload().id(),
                first.name(),
                first.unit(),
                first.better().name().toLowerCase(Locale.ROOT),
                List.copyOf(values),
                Spreads.of(medians),
                LatencyUnion.of(histograms, histogramFiles, column.workload().id() + ":" + first.name()));
    }

    private static double[] samples(MetricResult metric) {
        return metric.samples() == null || metric.samples().isEmpty()
                ? new double[] {metric.value()}
                : metric.samples().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Host ids of the outliers, for messages. */
    public static String outlierHosts(FleetReport report) {
        return report.outliers().stream()
                .map(FleetReport.Outlier::host)
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
