package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One variant of a module, driven by the runtime through
 * {@code init → warmup → run(iteration)… → cooldown → close}.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>All calls come from one runtime thread, in that order; {@link #close()} is always called
 *       once {@link #init} has been called, whether later steps succeeded, failed or were
 *       cancelled.
 *   <li>{@link #warmup} defaults to running iterations until the warmup time is up; whatever it
 *       records is discarded.
 *   <li>{@link #runIteration} does the measured work for about
 *       {@link WorkloadContext#iterationDuration()} and records at least one value through
 *       {@link WorkloadContext#recorder()}.
 *   <li>Each step has a time limit; a step past it is abandoned and the workload failed. Check
 *       {@link WorkloadContext#cancellation()} inside long loops.
 *   <li>Throwing from any step fails this workload only; the run goes on. Throwing
 *       {@link WorkloadSkippedException} (normally from {@link #init}) marks it skipped instead,
 *       with the exception's message as the reason.
 * </ul>
 */
@API(status = STABLE, since = "1.0")
public interface Workload {

    /** The variant name below the module id, e.g. {@code triad/1GiB/stride1}; unique in its module. */
    String variant();

    /** Allocates and lays out what the measurement needs (buffers, files, connections). */
    default void init(WorkloadContext context) throws Exception {}

    /** Brings the system to steady state; nothing recorded here is kept. */
    default void warmup(WorkloadContext context) throws Exception {
        long deadlineNanos = System.nanoTime() + context.warmupDuration().toNanos();
        int iteration = 0;
        while (System.nanoTime() < deadlineNanos && !context.cancellation().isCancelled()) {
            runIteration(context, iteration++);
        }
    }

    /**
     * One measured iteration.
     *
     * @param iteration zero-based index of this measured iteration (or warmup round)
     */
    void runIteration(WorkloadContext context, int iteration) throws Exception;

    /** Lets writes drain and temperatures settle; not measured. */
    default void cooldown(WorkloadContext context) throws Exception {
        Thread.sleep(context.cooldownDuration());
    }

    /** Releases everything {@link #init} took. Called exactly once after init was called. */
    default void close() throws Exception {}
}
