package io.benchctl.runtime.platform.linux;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.runtime.platform.ConditionsProbe;
import io.benchctl.runtime.platform.ConditionsSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Reads the host's conditions from {@code /proc} and {@code /sys} under a root ({@code /} on a real host). */
@API(status = INTERNAL, since = "1.3")
public final class LinuxConditionsProbe implements ConditionsProbe {
    private final LinuxFiles files;

    /** The probe of this host. */
    public LinuxConditionsProbe() {
        this(Path.of("/"));
    }

    /** A probe reading files laid out like {@code /proc} and {@code /sys} under {@code root}. */
    public LinuxConditionsProbe(Path root) {
        this.files = new LinuxFiles(root);
    }

    @Override
    public ConditionsSession open(List<Integer> cpus, List<Path> scratchFolders) {
        List<Integer> watched = cpus.isEmpty() ? onlineCpus() : List.copyOf(cpus);
        return new LinuxConditionsSession(files, watched, scratchFolders);
    }

    /** The online CPUs ({@code 0-3,6}), or CPU 0 alone when the host does not say. */
    private List<Integer> onlineCpus() {
        try {
            return parseCpuList(files.read("/sys/devices/system/cpu/online"));
        } catch (IOException | RuntimeException e) {
            return List.of(0);
        }
    }

    static List<Integer> parseCpuList(String text) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : text.strip().split(",")) {
            String[] range = part.split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int cpu = from; cpu <= to; cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }
}
