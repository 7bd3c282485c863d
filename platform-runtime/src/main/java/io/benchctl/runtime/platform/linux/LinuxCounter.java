package io.benchctl.runtime.platform.linux;

import io.benchctl.runtime.platform.ConditionSignals;
import io.benchctl.runtime.platform.SignalSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One cumulative kernel counter (pages swapped in, segments retransmitted, context switches)
 * turned into a rate per second. A counter that goes down (a thread that exited took its count
 * with it) gives 0 for that interval.
 */
final class LinuxCounter implements LinuxSignalReader {

    /** Reads the counter's current value. */
    @FunctionalInterface
    interface Reading {
        long read() throws IOException;
    }

    private final ConditionSignals.Spec spec;
    private final SignalSource source;
    private final Reading reading;
    private long previous;

    LinuxCounter(ConditionSignals.Spec spec, String sourceName, Reading reading) {
        this.spec = spec;
        this.reading = reading;
        SignalSource found;
        try {
            previous = reading.read();
            found = SignalSource.available(spec, sourceName);
        } catch (IOException | RuntimeException e) {
            found = SignalSource.unavailable(spec, sourceName, LinuxReasons.of(e));
        }
        this.source = found;
    }

    @Override
    public List<SignalSource> sources() {
        return List.of(source);
    }

    @Override
    public void sample(double elapsedSeconds, Map<String, Double> into) {
        if (!source.available()) {
            return;
        }
        try {
            long now = reading.read();
            into.put(spec.name(), Math.max(0, now - previous) / elapsedSeconds);
            previous = now;
        } catch (IOException | RuntimeException e) {
            // this interval has no value; the next one measures from the last good reading
        }
    }
}
