package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.format.UnitText;
import io.benchctl.history.store.HistoryLocation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The validated {@code [run]} table: runtime defaults ({@link Defaults}) merged with the profile
 * and {@code --set run.*}.
 *
 * @param name the run's name, written into the result
 * @param warmup unmeasured time per workload before its iterations
 * @param duration measured time of one iteration
 * @param cooldown pause after a workload
 * @param iterations measured repetitions (at least 1)
 * @param schedule {@code sequential} or {@code parallel}
 * @param maxParallel workloads at once when parallel (at least 1)
 * @param affinity whether measurement threads are pinned to CPUs
 * @param output the results folder
 * @param reporters reporter ids, in order
 * @param allowConflicts whether parallel workloads may share a resource tag
 * @param phaseTimeout extra time a phase may take beyond its expected length before it is failed
 * @param history whether the run is recorded in the run history when it ends
 * @param historyLocation the history's SQLite file or {@code jdbc:postgresql:} URL; null for the
 *     default one ({@code $BENCHCTL_HISTORY}, else {@code results/history.db})
 */
@API(status = INTERNAL, since = "1.0")
public record RunSettings(
        String name,
        Duration warmup,
        Duration duration,
        Duration cooldown,
        int iterations,
        String schedule,
        int maxParallel,
        boolean affinity,
        String output,
        List<String> reporters,
        boolean allowConflicts,
        Duration phaseTimeout,
        boolean history,
        String historyLocation) {

    public RunSettings {
        reporters = List.copyOf(reporters);
    }

    /** The runtime defaults alone. */
    public static RunSettings defaults() {
        return fromSettings(new MapSettings(Defaults.run()));
    }

    /** Reads a {@code [run]} table that passed {@code run.schema.json}. */
    static RunSettings fromSettings(MapSettings run) {
        return new RunSettings(
                run.getString("name"),
                run.getDuration("warmup"),
                run.getDuration("duration"),
                run.getDuration("cooldown"),
                Math.toIntExact(run.getLong("iterations")),
                run.getString("schedule"),
                Math.toIntExact(run.getLong("max_parallel")),
                run.getBoolean("affinity"),
                run.getString("output"),
                run.getStringList("reporters"),
                run.getBoolean("allow_conflicts"),
                run.getDuration("phase_timeout"),
                !Boolean.FALSE.equals(run.asMap().get("history")),
                run.asMap().get("history") instanceof String location ? location : null);
    }

    /** The table as a profile writes it, durations in their shortest exact form ({@code 1500ms}). */
    public Map<String, Object> toTree() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", name);
        run.put("warmup", UnitText.exactDuration(warmup));
        run.put("duration", UnitText.exactDuration(duration));
        run.put("cooldown", UnitText.exactDuration(cooldown));
        run.put("iterations", (long) iterations);
        run.put("schedule", schedule);
        run.put("max_parallel", (long) maxParallel);
        run.put("affinity", affinity);
        run.put("output", output);
        run.put("reporters", reporters);
        run.put("allow_conflicts", allowConflicts);
        run.put("phase_timeout", UnitText.exactDuration(phaseTimeout));
        run.put("history", historyLocation == null ? history : HistoryLocation.redact(historyLocation));
        return run;
    }
}
