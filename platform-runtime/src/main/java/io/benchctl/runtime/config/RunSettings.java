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
 * @param warmupAuto whether the warm-up runs until steady state ({@code warmup = "auto"}); then
 *     {@code warmup} is zero and {@code warmupMax} bounds it
 * @param warmupMax the longest an automatic warm-up may take
 * @param targetCi the relative half-width of the headline median's 95% CI at which iterations
 *     stop ({@code 0.02} for {@code "2%"}); 0 when off, and then exactly {@code iterations} run
 * @param maxTime with a target CI: the longest a workload's measured iterations may take in all
 * @param rounds how many times each workload runs, {@code iterations} iterations each time
 * @param order {@code grouped}, {@code interleaved} or {@code random}
 * @param seed the seed of a random order; null to draw one
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
        String historyLocation,
        boolean warmupAuto,
        Duration warmupMax,
        double targetCi,
        Duration maxTime,
        int rounds,
        String order,
        Long seed) {

    private static final String AUTO = "auto";
    private static final String OFF = "off";

    public RunSettings {
        reporters = List.copyOf(reporters);
    }

    /** The runtime defaults alone. */
    public static RunSettings defaults() {
        return fromSettings(new MapSettings(Defaults.run()));
    }

    /** Reads a {@code [run]} table that passed {@code run.schema.json}. */
    static RunSettings fromSettings(MapSettings run) {
        boolean warmupAuto = AUTO.equals(run.getString("warmup"));
        String targetCi = run.getString("target_ci");
        return new RunSettings(
                run.getString("name"),
                warmupAuto ? Duration.ZERO : run.getDuration("warmup"),
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
                run.asMap().get("history") instanceof String location ? location : null,
                warmupAuto,
                run.getDuration("warmup_max"),
                OFF.equals(targetCi) ? 0 : Double.parseDouble(targetCi.substring(0, targetCi.length() - 1)) / 100,
                run.getDuration("max_time"),
                Math.toIntExact(run.getLong("rounds")),
                run.getString("order"),
                run.asMap().get("seed") instanceof Number seed ? seed.longValue() : null);
    }

    /** Whether iterations go on past {@code iterations} until the target CI or {@code maxTime}. */
    public boolean adaptive() {
        return targetCi > 0;
    }

    /** The table as a profile writes it, durations in their shortest exact form ({@code 1500ms}). */
    public Map<String, Object> toTree() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", name);
        run.put("warmup", warmupAuto ? AUTO : UnitText.exactDuration(warmup));
        if (warmupAuto) {
            run.put("warmup_max", UnitText.exactDuration(warmupMax));
        }
        run.put("duration", UnitText.exactDuration(duration));
        run.put("cooldown", UnitText.exactDuration(cooldown));
        run.put("iterations", (long) iterations);
        // Written only when used, so that a profile that does not use them keeps its hash.
        if (adaptive()) {
            run.put(
                    "target_ci",
                    new java.math.BigDecimal(Double.toString(targetCi * 100))
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "%");
            run.put("max_time", UnitText.exactDuration(maxTime));
        }
        if (rounds > 1 || !Defaults.ORDER.equals(order)) {
            run.put("rounds", (long) rounds);
            run.put("order", order);
        }
        if (seed != null) {
            run.put("seed", seed);
        }
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
