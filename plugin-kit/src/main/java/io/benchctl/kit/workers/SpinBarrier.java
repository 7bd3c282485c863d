package io.benchctl.kit.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * A reusable barrier whose waiters spin instead of parking, as OpenMP's threads do between
 * parallel loops: a parked thread takes tens of microseconds to wake, which would be counted in
 * the timed pass that follows. After a while spinning it yields, so that on a host with more
 * runnable threads than CPUs the thread being waited for can run.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class SpinBarrier {

    /** About 100 µs of spinning before each yield. */
    private static final int SPINS_BEFORE_YIELD = 1 << 14;

    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;
    private volatile boolean broken;

    public SpinBarrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be >= 1: " + parties);
        }
        this.parties = parties;
    }

    /**
     * Waits until all parties have arrived. Everything a party wrote before arriving is visible to
     * every party after it returns.
     *
     * @throws BrokenBarrierError when another party failed and {@link #breakBarrier()} was called
     */
    public void await() {
        int current = generation;
        if (arrived.incrementAndGet() == parties) {
            // Reset before releasing: nobody can arrive for the next round until the release.
            arrived.set(0);
            generation = current + 1;
            return;
        }
        int spins = 0;
        while (generation == current) {
            if (broken) {
                throw new BrokenBarrierError();
            }
            if (++spins == SPINS_BEFORE_YIELD) {
                spins = 0;
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Releases every waiter (now and later) with {@link BrokenBarrierError}: a party failed. */
    public void breakBarrier() {
        broken = true;
    }

    /** Thrown to a waiter when another party failed. */
    public static final class BrokenBarrierError extends RuntimeException {
        BrokenBarrierError() {
            super("another worker failed", null, false, false);
        }
    }
}
