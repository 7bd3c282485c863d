package io.benchctl.runtime.orchestrator;

import io.benchctl.api.Workload;
import io.benchctl.api.report.Phase;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.jfr.WorkloadTrace;
import io.benchctl.runtime.measure.SteadyState;
import io.benchctl.runtime.measure.WorkloadRecorder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code warmup = "auto"}: runs short warm-up iterations, each {@link #sampleLength} long, and
 * after each one tests the series of the headline metric's values with {@link SteadyState}
 * (MSER-5); it stops at the first steady verdict, or when {@code warmup_max} has passed.
 * The workload's own {@link Workload#warmup} is not called: its default runs iterations too, and
 * the first-party ones only run their measured loop for the warm-up time.
 */
final class AutoWarmup {
    /** Warm-up iterations are a tenth of a measured one, within these bounds. */
    static final Duration SHORTEST_SAMPLE = Duration.ofMillis(10);

    static final Duration LONGEST_SAMPLE = Duration.ofMillis(200);

    /**
     * @param iterations warm-up iterations run
     * @param elapsedNanos time they took
     * @param steady whether MSER-5 found the series steady before the cap
     */
    record Outcome(int iterations, long elapsedNanos, boolean steady) {}

    private AutoWarmup() {}

    static Duration sampleLength(RunSettings run) {
        Duration tenth = run.duration().dividedBy(10);
        return tenth.compareTo(SHORTEST_SAMPLE) < 0
                ? SHORTEST_SAMPLE
                : tenth.compareTo(LONGEST_SAMPLE) > 0 ? LONGEST_SAMPLE : tenth;
    }

    static Outcome run(Workload workload, ExecutionContext context, RunSettings run, WorkloadTrace trace)
            throws Exception {
        WorkloadRecorder values = new WorkloadRecorder(context.workloadId() + " (warm-up)");
        context.enter(Phase.WARMUP, values);
        context.overrideIterationDuration(sampleLength(run));
        long startNanos = System.nanoTime();
        long capNanos = run.warmupMax().toNanos();
        double[] series = new double[64];
        int n = 0;
        int ran = 0;
        boolean steady = false;
        try {
            while (!context.cancellation().isCancelled()) {
                trace.iterationStarted();
                values.startIteration(ran);
                workload.runIteration(context, ran);
                Map<String, Double> recorded = values.finishIteration();
                String headline = headlineOf(recorded);
                trace.iterationFinished(ran++, true, headline, recorded);
                if (headline != null) {
                    series = n < series.length ? series : Arrays.copyOf(series, series.length * 2);
                    series[n++] = recorded.get(headline);
                    steady = SteadyState.test(Arrays.copyOf(series, n)).steady();
                }
                if (steady || System.nanoTime() - startNanos >= capNanos) {
                    break;
                }
            }
        } finally {
            context.overrideIterationDuration(null);
        }
        return new Outcome(ran, System.nanoTime() - startNanos, steady);
    }

    /** The first aggregate value of an iteration (labels of per-thread values carry "[thread"). */
    static String headlineOf(Map<String, Double> recorded) {
        return recorded.keySet().stream()
                .filter(label -> !label.contains("[thread "))
                .findFirst()
                .or(() -> recorded.keySet().stream().findFirst())
                .orElse(null);
    }
}
