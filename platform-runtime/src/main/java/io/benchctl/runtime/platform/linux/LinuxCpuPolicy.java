package io.benchctl.runtime.platform.linux;

import io.benchctl.api.result.ConditionFact;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts about how the monitored CPUs are run: the cpufreq governor, whether boost (turbo) is on,
 * and whether SMT siblings are active. Each says "unavailable" with why where the host has no such
 * file.
 */
final class LinuxCpuPolicy {
    private static final String SOURCE = "monitor";

    private LinuxCpuPolicy() {}

    static List<ConditionFact> facts(LinuxFiles files, List<Integer> cpus) {
        List<ConditionFact> facts = new ArrayList<>();
        int first = cpus.getFirst();
        facts.add(new ConditionFact(
                "cpu-governor",
                text(files, "/sys/devices/system/cpu/cpu" + first + "/cpufreq/scaling_governor"),
                SOURCE));
        facts.add(new ConditionFact("cpu-boost", boost(files), SOURCE));
        facts.add(new ConditionFact("smt", text(files, "/sys/devices/system/cpu/smt/control"), SOURCE));
        return facts;
    }

    private static String boost(LinuxFiles files) {
        try {
            return files.readLong("/sys/devices/system/cpu/cpufreq/boost") == 1 ? "on" : "off";
        } catch (IOException | RuntimeException notAcpiCpufreq) {
            try {
                // intel_pstate says the opposite: no_turbo = 1 means boost is off
                return files.readLong("/sys/devices/system/cpu/intel_pstate/no_turbo") == 1 ? "off" : "on";
            } catch (IOException | RuntimeException e) {
                return "unavailable: " + LinuxReasons.of(e);
            }
        }
    }

    private static String text(LinuxFiles files, String absolute) {
        try {
            return files.read(absolute).strip();
        } catch (IOException | RuntimeException e) {
            return "unavailable: " + LinuxReasons.of(e);
        }
    }
}
