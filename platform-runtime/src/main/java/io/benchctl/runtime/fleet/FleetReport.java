package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One fleet result: the document {@code schemas/fleet.schema.json} describes. Figures are in the
 * metric's own unit; a figure that cannot be known (the spread of one host) is left out.
 *
 * @param measurementKey the profile's measurement key (see {@code MeasurementKey}), peer address
 *     left out, shared by every merged run
 * @param k the outlier rule's multiple of the scaled MAD
 * @param alpha the significance level of the Mann–Whitney U test
 * @param hosts every merged run, whatever its status
 * @param notComparable runs kept apart, with what differs from the merged ones
 * @param skipped files that were not read as results, with why
 * @param plan the pairing plan the report was given ({@code --plan}) and its pairs without a
 *     figure, or null without one (fleet schema 1.1.0)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FleetReport(
        String schemaVersion,
        String profile,
        String measurementKey,
        String benchctlVersion,
        double k,
        double alpha,
        List<Host> hosts,
        List<Group> groups,
        List<Metric> metrics,
        List<Outlier> outliers,
        List<Matrix> network,
        List<NotComparable> notComparable,
        List<Skipped> skipped,
        Plan plan) {

    /** The version of the fleet format this code writes. */
    public static final String SCHEMA_VERSION = "1.1.0";

    /**
     * One merged run. {@code status} is the run's: ok, failed or interrupted. {@code peer} is the
     * network peer of a peer-mode run; a host with runs against several peers is listed once per
     * run, and its newest run stands for it in the metrics.
     */
    public record Host(String id, String file, String runId, String status, String group, String peer) {}

    /**
     * Hosts of like hardware. {@code outliersJudged} is false for a group of fewer than three
     * hosts, which has no majority to be an outlier against; {@code note} says so.
     */
    public record Group(
            String id,
            String cpuModel,
            Integer threads,
            Long memoryBytes,
            String kernel,
            String virtualization,
            List<String> hosts,
            boolean outliersJudged,
            String note) {}

    /** One aggregate metric of one workload across the fleet. */
    public record Metric(
            String workload,
            String name,
            String unit,
            String better,
            List<HostValue> hosts,
            Spread fleet,
            Latency latency) {}

    /** One host's figure: its median (the headline) and the 95 % CI from the metric's stats. */
    public record HostValue(
            String host, String group, double median, Double ciLow, Double ciHigh, int samples, boolean outlier) {}

    /** The spread of the hosts' medians; {@code cv} is absent with fewer than two hosts. */
    public record Spread(int hosts, double median, double min, double max, double mad, Double cv) {}

    /** Percentiles of the union of every host's recorded latencies, from the merged histograms. */
    public record Latency(long count, double p50, double p90, double p99, double p999) {}

    /**
     * A host whose median lies beyond {@code limit} (the group median ± k·1.4826·MAD, on the
     * worse side) and whose samples differ from the rest of its group with {@code pValue} below
     * alpha.
     */
    public record Outlier(
            String host,
            String group,
            String workload,
            String metric,
            String unit,
            double median,
            double groupMedian,
            double limit,
            double pValue) {}

    /**
     * Host-by-peer medians of one network metric from peer-mode runs; {@code missing} are the
     * planned pairs without a figure here (empty without a plan).
     */
    public record Matrix(
            String workload,
            String metric,
            String unit,
            String better,
            List<String> from,
            List<String> to,
            List<Cell> cells,
            List<Missing> missing) {}

    /** A planned pair of hosts, {@code from} the client {@code to} the server, without a figure. */
    public record Missing(String from, String to) {}

    /**
     * What a pairing plan asked for: {@code pairs} planned, of which {@code missing} lack a figure
     * in at least one network matrix (all of them when no network figure was merged at all).
     */
    public record Plan(String file, int pairs, List<PairPlan.Pair> missing) {}

    /** {@code to} is a host id when the peer address names a merged host, else the address. */
    public record Cell(String from, String to, double median) {}

    /** A run kept apart: {@code reasons} name what differs from the merged runs. */
    public record NotComparable(String file, String host, String runId, String status, List<String> reasons) {}

    /** A file that was not merged and why. */
    public record Skipped(String file, String reason) {}

    /** True when any host is an outlier on any metric. */
    public boolean anyOutlier() {
        return !outliers.isEmpty();
    }

    /** True when a plan was given and one of its pairs has no figure. */
    public boolean anyMissingPair() {
        return plan != null && !plan.missing().isEmpty();
    }
}
