package io.benchctl.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where a workload reports how a measured operation's time divides into parts (a pipe round
 * trip into write, wake-up and read), for tracing tools such as Java Flight Recorder
 * ({@code benchctl run --jfr FILE}). Plugins need no tracing library: the runtime turns each span
 * into whatever the run records, and discards it when nothing records.
 *
 * <p>Spans are for attribution, not for statistics: they are not metrics and never reach the
 * result. Taking timestamps costs; check {@link #enabled()} before taking any that the
 * measurement would not take anyway.
 *
 * <p>Thread safety: every method may be called from any measurement thread.
 *
 * @since 1.1
 */
@API(status = EXPERIMENTAL, since = "1.1")
public interface Spans {

    /** Whether spans are recorded now; false makes {@link #span} a no-op. */
    boolean enabled();

    /**
     * One part of an operation, bounded by {@link System#nanoTime()} readings of this JVM.
     *
     * @param name what the part is, e.g. {@code write}, {@code wake-up}, {@code read}
     * @param startNanos when it began
     * @param endNanos when it ended (not before {@code startNanos})
     */
    void span(String name, long startNanos, long endNanos);

    /** Records nothing (no tracing, and the default of {@link WorkloadContext#spans()}). */
    Spans NOOP = new Spans() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void span(String name, long startNanos, long endNanos) {}
    };
}
