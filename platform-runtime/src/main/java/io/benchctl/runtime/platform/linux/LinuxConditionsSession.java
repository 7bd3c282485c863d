package io.benchctl.runtime.platform.linux;

import io.benchctl.api.result.ConditionFact;
import io.benchctl.runtime.platform.ConditionSignals;
import io.benchctl.runtime.platform.ConditionsSession;
import io.benchctl.runtime.platform.SignalSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One workload's watch: every Linux reader, each primed when the session opens. */
final class LinuxConditionsSession implements ConditionsSession {
    private final List<LinuxSignalReader> readers = new ArrayList<>();
    private final List<SignalSource> signals;
    private final List<ConditionFact> facts;
    private long lastNanos;

    LinuxConditionsSession(LinuxFiles files, List<Integer> cpus, List<Path> scratchFolders) {
        readers.add(new LinuxCpuTimes(files));
        readers.add(new LinuxCpuFrequency(files, cpus));
        readers.add(LinuxThermalThrottle.counter(files, cpus));
        readers.addAll(LinuxKernelCounters.readers(files));
        readers.add(new LinuxScratchDisk(files, scratchFolders));
        readers.add(new LinuxCgroupCpu(files));
        lastNanos = System.nanoTime();
        Map<String, SignalSource> byName = new HashMap<>();
        readers.forEach(reader -> reader.sources().forEach(source -> byName.put(source.name(), source)));
        this.signals = ConditionSignals.ALL.stream()
                .map(spec -> byName.get(spec.name()))
                .toList();
        this.facts = LinuxCpuPolicy.facts(files, cpus);
    }

    @Override
    public List<SignalSource> signals() {
        return signals;
    }

    @Override
    public Map<String, Double> sample() {
        long now = System.nanoTime();
        double elapsedSeconds = Math.max(1, now - lastNanos) / 1e9;
        lastNanos = now;
        Map<String, Double> values = new HashMap<>();
        for (LinuxSignalReader reader : readers) {
            reader.sample(elapsedSeconds, values);
        }
        return values;
    }

    @Override
    public List<ConditionFact> facts() {
        return facts;
    }
}
