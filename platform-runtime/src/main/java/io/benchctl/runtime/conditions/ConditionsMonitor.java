package io.benchctl.runtime.conditions;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.result.ConditionFact;
import io.benchctl.api.result.Conditions;
import io.benchctl.runtime.platform.ConditionsProbe;
import io.benchctl.runtime.platform.ConditionsSession;
import io.benchctl.runtime.platform.SignalSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Watches the host while one workload's measured iterations run: {@link #start} when they begin,
 * {@link #stop} when they end (again for each further window, e.g. another round). A daemon
 * thread samples the probe every interval; its own CPU time is measured, and from the fourth
 * sample on, whenever it runs above half of its budget of 1 % of one CPU, the interval doubles (up
 * to 2 s), so the monitor never becomes the background load it looks for. {@code start} and {@code stop} are called by the workload's thread;
 * {@link #fact} by any.
 */
@API(status = INTERNAL, since = "1.3")
public final class ConditionsMonitor {
    static final double BUDGET_PERCENT_OF_ONE_CPU = 1.0;
    private static final long MAX_INTERVAL_NANOS = Duration.ofSeconds(2).toNanos();
    /** Samples before the cost is judged: the first ones also pay for opening the session. */
    private static final int ADAPT_AFTER_SAMPLES = 4;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ConditionsProbe probe;
    private final String workloadId;
    private final Set<ConditionFact> facts = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    /** Guards what the sampler writes and {@link #conditions} reads; never held while waiting. */
    private final Object data = new Object();

    private final Map<String, List<Double>> values = new HashMap<>();
    private volatile boolean stopping;
    private Thread sampler;
    private List<SignalSource> sources;
    private long intervalNanos;
    private long monitorCpuNanos;
    private long measuredNanos;
    private int samples;

    public ConditionsMonitor(ConditionsProbe probe, Duration interval, String workloadId) {
        this.probe = probe;
        this.intervalNanos = interval.toNanos();
        this.workloadId = workloadId;
    }

    /**
     * Starts sampling, unless it already is.
     *
     * @param cpus the CPUs the workload is pinned to, empty for all
     * @param scratchFolders the workload's scratch folders, asked for when sampling starts
     */
    public synchronized void start(List<Integer> cpus, Supplier<List<Path>> scratchFolders) {
        if (sampler != null) {
            return;
        }
        stopping = false;
        // Opened here, on the workload's thread before its first iteration is timed: opening reads
        // every source once, and on the sampler's thread that would run during the first iteration.
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        ConditionsSession session = probe.open(List.copyOf(cpus), List.copyOf(scratchFolders.get()));
        long openCpuNanos = Math.max(0, THREADS.getCurrentThreadCpuTime() - cpuBefore);
        synchronized (data) {
            monitorCpuNanos += openCpuNanos;
        }
        sampler = Thread.ofPlatform()
                .daemon()
                .name("benchctl-conditions-" + workloadId)
                .start(() -> sample(session));
    }

    /** Stops sampling after one last sample, and waits for the sampler to end. */
    public synchronized void stop() {
        Thread running = sampler;
        if (running == null) {
            return;
        }
        stopping = true;
        LockSupport.unpark(running);
        try {
            running.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampler = null;
    }

    /** Records a fact about the conditions, e.g. the socket buffers a workload's connection got. */
    public void fact(String name, String value, String source) {
        facts.add(new ConditionFact(name, value, source));
    }

    /** The conditions block of the windows sampled so far; null when sampling never started. */
    public Conditions conditions() {
        List<ConditionFact> allFacts;
        synchronized (facts) {
            allFacts = new ArrayList<>(facts);
        }
        synchronized (data) {
            if (sources == null) {
                return null;
            }
            double cpuPercent = measuredNanos == 0 ? 0 : 100.0 * monitorCpuNanos / measuredNanos;
            return new Conditions(
                    Duration.ofNanos(intervalNanos).toMillis(),
                    samples,
                    cpuPercent,
                    SignalSummary.of(sources, values),
                    allFacts);
        }
    }

    /** The sampler thread's loop. */
    private void sample(ConditionsSession session) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        synchronized (data) {
            if (sources == null) {
                sources = session.signals();
            }
        }
        session.facts().forEach(facts::add);
        long lastSampleNanos = System.nanoTime();
        do {
            LockSupport.parkNanos(intervalNanos - (System.nanoTime() - lastSampleNanos));
            if (System.nanoTime() - lastSampleNanos >= intervalNanos || stopping) {
                // the last sample of a window is taken however short its interval: a window
                // shorter than one interval still has one
                boolean shortLast = stopping && samples > 0 && System.nanoTime() - lastSampleNanos < intervalNanos / 4;
                if (!shortLast) {
                    record(session.sample());
                }
                lastSampleNanos = System.nanoTime();
                adapt(cpuStart, wallStart);
            }
        } while (!stopping);
        synchronized (data) {
            monitorCpuNanos += Math.max(0, THREADS.getCurrentThreadCpuTime() - cpuStart);
            measuredNanos += System.nanoTime() - wallStart;
        }
    }

    private void record(Map<String, Double> sample) {
        synchronized (data) {
            sample.forEach((name, value) ->
                    values.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
            samples++;
        }
    }

    /** Doubles the interval while sampling costs more than half the budget, leaving room for what it cost so far. */
    private void adapt(long cpuStart, long wallStart) {
        long wall = System.nanoTime() - wallStart;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        if (samples >= ADAPT_AFTER_SAMPLES && 100.0 * cpu / wall > BUDGET_PERCENT_OF_ONE_CPU / 2) {
            synchronized (data) {
                intervalNanos = Math.min(MAX_INTERVAL_NANOS, intervalNanos * 2);
            }
        }
    }
}
