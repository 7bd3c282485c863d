package io.benchctl.runtime.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hosts grouped by {@link Hardware}, largest group first: {@code g1}, {@code g2}, ... A different
 * instance type is a group of its own, so its hosts are never outliers of another type's fleet.
 */
final class Groups {

    /** A group needs this many hosts for one of them to stand out from the rest. */
    static final int MIN_HOSTS_FOR_OUTLIERS = 3;

    private final List<FleetReport.Group> groups = new ArrayList<>();
    private final Map<String, String> groupOfHost = new LinkedHashMap<>();

    Groups(List<FleetHost> hosts) {
        Map<Hardware, List<String>> byHardware = new LinkedHashMap<>();
        for (FleetHost host : hosts) {
            byHardware
                    .computeIfAbsent(Hardware.of(host.result().host()), key -> new ArrayList<>())
                    .add(host.id());
        }
        List<Map.Entry<Hardware, List<String>>> ordered = new ArrayList<>(byHardware.entrySet());
        ordered.sort(Comparator.comparing(
                        (Map.Entry<Hardware, List<String>> e) -> -e.getValue().size())
                .thenComparing(e -> e.getKey().label()));
        for (Map.Entry<Hardware, List<String>> entry : ordered) {
            String id = "g" + (groups.size() + 1);
            Hardware hardware = entry.getKey();
            List<String> members = List.copyOf(entry.getValue());
            boolean judged = members.size() >= MIN_HOSTS_FOR_OUTLIERS;
            groups.add(new FleetReport.Group(
                    id,
                    hardware.cpuModel(),
                    hardware.threads(),
                    hardware.memoryBytes(),
                    hardware.kernel(),
                    hardware.virtualization(),
                    members,
                    judged,
                    judged
                            ? null
                            : members.size() + " host(s): too few to judge outliers (at least " + MIN_HOSTS_FOR_OUTLIERS
                                    + " needed)"));
            members.forEach(host -> groupOfHost.put(host, id));
        }
    }

    List<FleetReport.Group> all() {
        return List.copyOf(groups);
    }

    String of(String hostId) {
        return groupOfHost.get(hostId);
    }
}
