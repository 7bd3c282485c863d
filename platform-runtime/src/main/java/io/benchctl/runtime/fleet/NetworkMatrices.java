package io.benchctl.runtime.fleet;

import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Host-by-peer matrices of network throughput and round-trip time from peer-mode runs. A result
 * knows its peer only as the address in its profile ({@code modules.network.peer}); the host
 * block records no IP addresses, so an address names a merged host only when its host part is
 * that host's hostname (or the hostname's first label). Any other address (an IP, a name behind
 * NAT or a load balancer) stays a column of its own, named by the address.
 */
final class NetworkMatrices {

    static final String MODULE = "network";
    private static final Set<String> METRICS = Set.of("throughput", "round_trip");

    private NetworkMatrices() {}

    static List<FleetReport.Matrix> of(List<FleetHost> hosts) {
        return of(hosts, List.of());
    }

    /**
     * The matrices, each with every planned pair's hosts on its axes and the planned pairs it has
     * no figure for listed as missing. A workload labelled with its pair ({@code benchctl run
     * --peer-host-id}) is placed by those host ids; an unlabelled one by its peer address.
     */
    static List<FleetReport.Matrix> of(List<FleetHost> hosts, List<PairPlan.Pair> planned) {
        Map<String, String> hostByName = names(hosts);
        Map<String, Builder> matrices = new LinkedHashMap<>();
        for (FleetHost host : hosts) {
            String peer = peerAddress(host);
            if (peer == null) {
                continue;
            }
            String target = hostByName.getOrDefault(hostPart(peer).toLowerCase(Locale.ROOT), peer);
            for (WorkloadResult workload : host.result().tests()) {
                if (!MODULE.equals(workload.module()) || workload.status() != WorkloadStatus.OK) {
                    continue;
                }
                String from =
                        workload.pair() == null ? host.id() : workload.pair().client();
                String to = workload.pair() == null ? target : workload.pair().server();
                for (MetricResult metric : workload.metrics()) {
                    if (metric.thread() == null && METRICS.contains(metric.name())) {
                        matrices.computeIfAbsent(
                                        workload.id() + ":" + metric.name(), key -> new Builder(workload, metric))
                                .add(from, to, metric.value());
                    }
                }
            }
        }
        Set<String> hostOrder = new LinkedHashSet<>();
        hosts.forEach(host -> hostOrder.add(host.id()));
        planned.forEach(pair -> hostOrder.addAll(List.of(pair.client(), pair.server())));
        return matrices.values().stream()
                .map(matrix -> matrix.build(hostOrder, planned))
                .toList();
    }

    /**
     * Who a run tested against, as the one-run-per-host-and-peer rule counts it: the server's
     * host id when the run labelled its workloads with their pair, else the peer address.
     */
    static String peerKey(FleetHost host) {
        return host.result().tests().stream()
                .filter(workload -> workload.pair() != null)
                .map(workload -> "host " + workload.pair().server())
                .findFirst()
                .orElseGet(() -> peerAddress(host));
    }

    /** The peer of a peer-mode run, or null for loopback runs and runs without a network module. */
    static String peerAddress(FleetHost host) {
        Map<String, Object> profile = host.result().profile();
        if (profile == null
                || !(profile.get("modules") instanceof Map<?, ?> modules)
                || !(modules.get(MODULE) instanceof Map<?, ?> network)
                || !"peer".equals(network.get("mode"))
                || network.get("peer") == null) {
            return null;
        }
        return String.valueOf(network.get("peer"));
    }

    /** {@code db-1} of {@code db-1:7420}, {@code ::1} of {@code [::1]:7420}. */
    static String hostPart(String address) {
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            return close < 0 ? address : address.substring(1, close);
        }
        int colon = address.lastIndexOf(':');
        return colon < 0 || address.indexOf(':') != colon ? address : address.substring(0, colon);
    }

    private static Map<String, String> names(List<FleetHost> hosts) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (FleetHost host : hosts) {
            Object hostname =
                    host.result().host() == null ? null : host.result().host().get("hostname");
            for (String name : new String[] {host.id(), hostname == null ? null : String.valueOf(hostname)}) {
                if (name != null) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    byName.putIfAbsent(lower, host.id());
                    byName.putIfAbsent(lower.split("\\.", 2)[0], host.id());
                }
            }
        }
        return byName;
    }

    private static final class Builder {
        private final String workload;
        private final MetricResult first;
        private final Set<String> from = new LinkedHashSet<>();
        private final Set<String> to = new LinkedHashSet<>();
        private final List<FleetReport.Cell> cells = new ArrayList<>();

        Builder(WorkloadResult workload, MetricResult first) {
            this.workload = workload.id();
            this.first = first;
        }

        void add(String host, String target, double median) {
            from.add(host);
            to.add(target);
            cells.add(new FleetReport.Cell(host, target, median));
        }

        /**
         * Rows and columns list the hosts in one order, so a host's row and column cross on the
         * diagonal; peers that are no merged host follow as extra columns. Every planned pair is
         * on the axes, and listed as missing when it has no figure.
         */
        FleetReport.Matrix build(Set<String> hostOrder, List<PairPlan.Pair> planned) {
            Set<String> measured = new LinkedHashSet<>();
            cells.forEach(cell -> measured.add(cell.from() + "\n" + cell.to()));
            List<FleetReport.Missing> missing = new ArrayList<>();
            for (PairPlan.Pair pair : planned) {
                from.add(pair.client());
                to.add(pair.server());
                if (!measured.contains(pair.client() + "\n" + pair.server())) {
                    missing.add(new FleetReport.Missing(pair.client(), pair.server()));
                }
            }
            List<String> axis = hostOrder.stream()
                    .filter(host -> from.contains(host) || to.contains(host))
                    .toList();
            List<String> columns = new ArrayList<>(axis);
            to.stream().filter(target -> !hostOrder.contains(target)).forEach(columns::add);
            return new FleetReport.Matrix(
                    workload,
                    first.name(),
                    first.unit(),
                    first.better().name().toLowerCase(Locale.ROOT),
                    List.copyOf(axis),
                    List.copyOf(columns),
                    List.copyOf(cells),
                    List.copyOf(missing));
        }
    }
}
