package io.benchctl.runtime.platform.linux;

import static io.benchctl.runtime.platform.ConditionSignals.CPU_FREQUENCY;

import io.benchctl.runtime.platform.SignalSource;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lowest current frequency of the monitored CPUs: from cpufreq's {@code scaling_cur_freq}
 * where the host has cpufreq, else from the {@code cpu MHz} lines of {@code /proc/cpuinfo} (on a
 * VM these often only repeat the nominal frequency); the source says which.
 */
final class LinuxCpuFrequency implements LinuxSignalReader {
    static final String CPUFREQ = "cpufreq scaling_cur_freq";
    static final String CPUINFO = "/proc/cpuinfo cpu MHz (no cpufreq on this host)";

    private final LinuxFiles files;
    private final List<Integer> cpus;
    private final SignalSource source;
    private final boolean cpufreq;

    LinuxCpuFrequency(LinuxFiles files, List<Integer> cpus) {
        this.files = files;
        this.cpus = cpus;
        boolean hasCpufreq = cpus.stream().allMatch(cpu -> java.nio.file.Files.isReadable(files.path(curFreq(cpu))));
        this.cpufreq = hasCpufreq;
        SignalSource found;
        try {
            lowestMegahertz();
            found = SignalSource.available(CPU_FREQUENCY, hasCpufreq ? CPUFREQ : CPUINFO);
        } catch (IOException | RuntimeException e) {
            found = SignalSource.unavailable(
                    CPU_FREQUENCY, "cpufreq or /proc/cpuinfo", "no cpufreq and " + LinuxReasons.of(e));
        }
        this.source = found;
    }

    static String curFreq(int cpu) {
        return "/sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_cur_freq";
    }

    @Override
    public List<SignalSource> sources() {
        return List.of(source);
    }

    @Override
    public void sample(double elapsedSeconds, Map<String, Double> into) {
        if (source.available()) {
            try {
                into.put(CPU_FREQUENCY.name(), lowestMegahertz());
            } catch (IOException | RuntimeException e) {
                // no value this interval
            }
        }
    }

    private double lowestMegahertz() throws IOException {
        Map<Integer, Double> megahertz = cpufreq ? fromCpufreq() : fromCpuinfo();
        double lowest = Double.MAX_VALUE;
        for (int cpu : cpus) {
            Double value = megahertz.get(cpu);
            if (value == null) {
                throw new IOException("/proc/cpuinfo has no cpu MHz for processor " + cpu);
            }
            lowest = Math.min(lowest, value);
        }
        return lowest;
    }

    private Map<Integer, Double> fromCpufreq() throws IOException {
        Map<Integer, Double> megahertz = new HashMap<>();
        for (int cpu : cpus) {
            megahertz.put(cpu, files.readLong(curFreq(cpu)) / 1000.0);
        }
        return megahertz;
    }

    private Map<Integer, Double> fromCpuinfo() throws IOException {
        Map<Integer, Double> megahertz = new HashMap<>();
        int processor = -1;
        for (String line : files.read("/proc/cpuinfo").split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("processor")) {
                processor = Integer.parseInt(value);
            } else if (key.equals("cpu MHz") && processor >= 0) {
                megahertz.put(processor, Double.parseDouble(value));
            }
        }
        return megahertz;
    }
}
