package io.benchctl.runtime.platform.portable;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.result.ConditionFact;
import io.benchctl.runtime.platform.ConditionSignals;
import io.benchctl.runtime.platform.ConditionsProbe;
import io.benchctl.runtime.platform.ConditionsSession;
import io.benchctl.runtime.platform.SignalSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** Reports every condition as unavailable on this operating system: nothing is guessed. */
@API(status = INTERNAL, since = "1.3")
public final class PortableConditionsProbe implements ConditionsProbe {

    private final String reason;

    public PortableConditionsProbe() {
        this.reason = "not read on " + System.getProperty("os.name") + " (benchctl reads it on Linux only)";
    }

    @Override
    public ConditionsSession open(List<Integer> cpus, List<Path> scratchFolders) {
        List<SignalSource> signals = ConditionSignals.ALL.stream()
                .map(spec -> SignalSource.unavailable(spec, "none", reason))
                .toList();
        return new ConditionsSession() {
            @Override
            public List<SignalSource> signals() {
                return signals;
            }

            @Override
            public Map<String, Double> sample() {
                return Map.of();
            }

            @Override
            public List<ConditionFact> facts() {
                return List.of();
            }
        };
    }
}
