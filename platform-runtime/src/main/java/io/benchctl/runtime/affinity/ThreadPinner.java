package io.benchctl.runtime.affinity;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.CpuAffinity;
import io.benchctl.runtime.platform.Platforms;
import io.benchctl.runtime.platform.ThreadAffinity;
import io.benchctl.runtime.platform.UnavailableException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CpuAffinity} handed to one workload: measurement thread {@code i} is pinned to the
 * i-th CPU of the process's allowed set (a container's cpuset or {@code taskset} is respected),
 * wrapping around when there are more threads than CPUs, through the platform layer's
 * {@link ThreadAffinity}. Where the layer has none (macOS, the portable layer), or a call fails,
 * nothing is pinned and {@link #warning()} says why. Create one per workload: {@link #pinnedCpus()} is what that
 * workload's result records.
 */
@API(status = INTERNAL, since = "1.0")
public final class ThreadPinner implements CpuAffinity {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadPinner.class);

    private final ThreadAffinity affinity;
    private final List<Integer> allowedCpus;
    private final TreeMap<Integer, Integer> cpuByThreadIndex = new TreeMap<>();
    private volatile String warning;

    private ThreadPinner(ThreadAffinity affinity, List<Integer> allowedCpus, String warning) {
        this.affinity = affinity;
        this.allowedCpus = allowedCpus;
        this.warning = warning;
    }

    /**
     * @param enabled false for {@code --no-affinity} / {@code affinity = false}: nothing is pinned
     *     and there is no warning
     */
    public static ThreadPinner create(boolean enabled) {
        return create(enabled, Platforms.current().affinity());
    }

    /**
     * @param enabled false for {@code --no-affinity} / {@code affinity = false}: nothing is pinned
     *     and there is no warning
     * @param affinity the platform layer's
     */
    public static ThreadPinner create(boolean enabled, ThreadAffinity affinity) {
        if (!enabled) {
            return new ThreadPinner(affinity, List.of(), null);
        }
        try {
            BitSet allowed = affinity.allowedCpus();
            return new ThreadPinner(affinity, allowed.stream().boxed().toList(), null);
        } catch (UnavailableException | RuntimeException | LinkageError e) {
            return new ThreadPinner(
                    affinity, List.of(), "CPU pinning is unavailable (" + e.getMessage() + "): threads run unpinned");
        }
    }

    @Override
    public int pinCurrentThread(int threadIndex) {
        if (threadIndex < 0) {
            throw new IllegalArgumentException("thread index must be >= 0: " + threadIndex);
        }
        if (allowedCpus.isEmpty() || warning != null) {
            return -1;
        }
        int cpu = allowedCpus.get(threadIndex % allowedCpus.size());
        BitSet mask = new BitSet();
        mask.set(cpu);
        try {
            affinity.restrictCurrentThread(mask);
        } catch (UnavailableException e) {
            LOG.warn("could not pin measurement thread {} to CPU {}: {}", threadIndex, cpu, e.getMessage());
            warning = "CPU pinning failed (" + e.getMessage() + "): threads run unpinned";
            return -1;
        }
        synchronized (cpuByThreadIndex) {
            cpuByThreadIndex.put(threadIndex, cpu);
        }
        return cpu;
    }

    /**
     * Lets the calling thread run on every allowed CPU again: for a runtime thread that a
     * single-threaded workload pinned, before it runs the next workload.
     */
    public void restoreCurrentThread() {
        if (allowedCpus.isEmpty()) {
            return;
        }
        BitSet all = new BitSet();
        allowedCpus.forEach(all::set);
        try {
            affinity.restrictCurrentThread(all);
        } catch (UnavailableException e) {
            LOG.warn("could not unpin the thread: {}", e.getMessage());
        }
    }

    /** The CPU of each pinned measurement thread, in thread-index order; empty when nothing was pinned. */
    public List<Integer> pinnedCpus() {
        if (warning != null) {
            return List.of();
        }
        synchronized (cpuByThreadIndex) {
            return new ArrayList<>(cpuByThreadIndex.values());
        }
    }

    /** Why threads are not pinned although pinning was asked for (OS, or a failed call). */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** The CPUs this process may use, in ascending order (empty when pinning is off or unsupported). */
    public List<Integer> allowedCpus() {
        return allowedCpus;
    }
}
