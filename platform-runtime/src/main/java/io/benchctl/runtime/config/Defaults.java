package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Every runtime default of a profile's {@code [run]} table, in one place (as JMH keeps its
 * {@code Defaults}). The values are written as a profile would write them, so that they go
 * through the same schema and parsing as the user's values.
 */
@API(status = INTERNAL, since = "1.0")
public final class Defaults {

    public static final String NAME = "benchctl";
    /** Per workload, not measured: lets JIT, caches and frequency settle. */
    public static final String WARMUP = "1s";
    /**
     * The longest a {@code warmup = "auto"} warm-up may take before the workload is measured anyway
     * (and warned {@code no-steady-state}).
     */
    public static final String WARMUP_MAX = "10s";
    /** Measured time of one iteration. */
    public static final String DURATION = "2s";

    public static final String COOLDOWN = "200ms";
    /** Measured repetitions; statistics are across these. */
    public static final long ITERATIONS = 5;

    /** Off: exactly {@code iterations} are run. "2%" makes iterations the minimum (see ADR 0023). */
    public static final String TARGET_CI = "off";
    /** The longest a workload's measured iterations may take in all when {@code target_ci} is on. */
    public static final String MAX_TIME = "30s";
    /** Each workload's iterations are split over this many rounds. */
    public static final long ROUNDS = 1;
    /** grouped: a workload runs all its rounds back to back, today's behaviour. */
    public static final String ORDER = "grouped";
    /** auto: a {@code random} order draws a seed and records it in the result. */
    public static final String SEED = "auto";

    public static final String SCHEDULE = "sequential";
    public static final long MAX_PARALLEL = 2;
    public static final boolean AFFINITY = true;
    public static final String OUTPUT = "results";
    public static final List<String> REPORTERS = List.of("json");
    public static final boolean ALLOW_CONFLICTS = false;
    /**
     * Slack on top of a phase's own expected time (warmup, the iterations, cooldown) before the
     * orchestrator declares a workload hung; init and close get this much in total.
     */
    public static final String PHASE_TIMEOUT = "60s";
    /** Runs are recorded in the run history only when asked ({@code true}, a path or a URL). */
    public static final boolean HISTORY = false;

    private Defaults() {}

    /** The {@code [run]} defaults keyed as in a profile, in the order the schema lists them. */
    public static Map<String, Object> run() {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", NAME);
        run.put("warmup", WARMUP);
        run.put("warmup_max", WARMUP_MAX);
        run.put("duration", DURATION);
        run.put("cooldown", COOLDOWN);
        run.put("iterations", ITERATIONS);
        run.put("target_ci", TARGET_CI);
        run.put("max_time", MAX_TIME);
        run.put("rounds", ROUNDS);
        run.put("order", ORDER);
        run.put("seed", SEED);
        run.put("schedule", SCHEDULE);
        run.put("max_parallel", MAX_PARALLEL);
        run.put("affinity", AFFINITY);
        run.put("output", OUTPUT);
        run.put("reporters", REPORTERS);
        run.put("allow_conflicts", ALLOW_CONFLICTS);
        run.put("phase_timeout", PHASE_TIMEOUT);
        run.put("history", HISTORY);
        return run;
    }

    /**
     * The {@code [conditions]} defaults: how often the conditions monitor samples and where each
     * condition warning starts. Chosen so that a quiet host raises none (docs/measuring.md).
     */
    public static Map<String, Object> conditions() {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("interval", "250ms");
        conditions.put("steal_percent", 2.0);
        conditions.put("background_cpus", 0.25);
        conditions.put("frequency_drop_percent", 10.0);
        conditions.put("swap_pages_per_second", 0.0);
        conditions.put("thermal_throttle_events_per_second", 0.0);
        conditions.put("cgroup_throttled_periods_per_second", 0.0);
        conditions.put("disk_other_io_mib_per_second", 8.0);
        conditions.put("retransmits_per_second", 1.0);
        conditions.put("run_queue_per_cpu", 1.0);
        return conditions;
    }
}
