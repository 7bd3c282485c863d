package io.benchctl.runtime.platform.linux;

import io.benchctl.runtime.platform.ConditionSignals;
import io.benchctl.runtime.platform.SignalSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cumulative kernel counters read together from one source (pages swapped in and out, segments
 * retransmitted, context switches) turned into rates per second. A counter that goes down (a
 * thread that exited took its count with it) gives 0 for that interval.
 */
final class LinuxCounter implements LinuxSignalReader {

    /** Reads the counters' current values, one per signal, in the order of the signals. */
    @FunctionalInterface
    interface Reading {
        long[] read() throws IOException;
    }

    private final List<ConditionSignals.Spec> specs;
    private final List<SignalSource> sources = new ArrayList<>();
    private final Reading reading;
    private final boolean available;
    private long[] previous;

    /** One counter. */
    LinuxCounter(ConditionSignals.Spec spec, String sourceName, LongReading reading) {
        this(List.of(spec), List.of(sourceName), () -> new long[] {reading.read()});
    }

    /** Several counters of one source, each with its own source name. */
    LinuxCounter(List<ConditionSignals.Spec> specs, List<String> sourceNames, Reading reading) {
        this.specs = List.copyOf(specs);
        this.reading = reading;
        String reason = null;
        try {
            previous = reading.read();
        } catch (IOException | RuntimeException e) {
            reason = LinuxReasons.of(e);
        }
        this.available = reason == null;
        for (int i = 0; i < specs.size(); i++) {
            sources.add(
                    available
                            ? SignalSource.available(specs.get(i), sourceNames.get(i))
                            : SignalSource.unavailable(specs.get(i), sourceNames.get(i), reason));
        }
    }

    /** Reads a single counter. */
    @FunctionalInterface
    interface LongReading {
        long read() throws IOException;
    }

    @Override
    public List<SignalSource> sources() {
        return sources;
    }

    @Override
    public void sample(double elapsedSeconds, Map<String, Double> into) {
        if (!available) {
            return;
        }
        try {
            long[] now = reading.read();
            for (int i = 0; i < specs.size(); i++) {
                into.put(specs.get(i).name(), Math.max(0, now[i] - previous[i]) / elapsedSeconds);
            }
            previous = now;
        } catch (IOException | RuntimeException e) {
            // this interval has no value; the next one measures from the last good reading
        }
    }
}
