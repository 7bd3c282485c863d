package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a recorded number means.
 *
 * @param name e.g. {@code bandwidth}, {@code ops_per_second}, {@code round_trip}
 * @param unit e.g. {@code MB/s}, {@code ops/s}, {@code ns}
 * @param better which direction is an improvement
 * @param thread the measurement thread this figure belongs to, or -1 for the aggregate
 */
@API(status = STABLE, since = "1.0")
public record Metric(String name, String unit, Better better, int thread) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(better, "better");
        if (thread < -1) {
            throw new IllegalArgumentException("thread must be -1 (aggregate) or a thread index: " + thread);
        }
    }

    /** An aggregate (all threads) metric. */
    public static Metric of(String name, String unit, Better better) {
        return new Metric(name, unit, better, -1);
    }

    /** The same metric for one measurement thread. */
    public Metric forThread(int threadIndex) {
        return new Metric(name, unit, better, threadIndex);
    }
}
