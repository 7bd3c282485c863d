package io.benchctl.runtime.platform.linux;

import static io.benchctl.runtime.platform.ConditionSignals.THERMAL_THROTTLE;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Thermal throttling events of the monitored CPUs: the {@code core_throttle_count} and
 * {@code package_throttle_count} counters x86 hosts keep under {@code thermal_throttle}. VMs and
 * most ARM hosts have none: then the signal is unavailable.
 */
final class LinuxThermalThrottle {
    static final String SOURCE = "/sys/devices/system/cpu/cpu*/thermal_throttle";

    private LinuxThermalThrottle() {}

    static LinuxCounter counter(LinuxFiles files, List<Integer> cpus) {
        return new LinuxCounter(THERMAL_THROTTLE, SOURCE, () -> events(files, cpus));
    }

    private static long events(LinuxFiles files, List<Integer> cpus) throws IOException {
        long events = 0;
        boolean any = false;
        for (int cpu : cpus) {
            for (String counter : List.of("core_throttle_count", "package_throttle_count")) {
                String file = "/sys/devices/system/cpu/cpu" + cpu + "/thermal_throttle/" + counter;
                if (Files.isReadable(files.path(file))) {
                    events += files.readLong(file);
                    any = true;
                }
            }
        }
        if (!any) {
            throw new IOException("this host has no thermal_throttle counters (a VM, or not an x86 CPU)");
        }
        return events;
    }
}
