package io.benchctl.runtime.jfr;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Spans;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.EventType;
import org.apiguardian.api.API;

/**
 * The flight-recorder events of one workload round: a {@code io.benchctl.Phase} event per
 * lifecycle step, an {@code io.benchctl.Iteration} event per iteration, and the workload's
 * {@link Spans} as {@code io.benchctl.Span} events. Without a {@link FlightRecording} every method
 * returns at a field check: a run without {@code --jfr} neither creates an event nor initialises
 * the flight recorder.
 *
 * <p>Thread safety: the phase and iteration methods are called from the lifecycle thread only;
 * {@link #span} from any thread.
 */
@API(status = INTERNAL, since = "1.3")
public final class WorkloadTrace implements Spans {
    /** Loaded on first use only, so that a run without a recording never registers the event type. */
    private static final class SpanType {
        static final EventType TYPE = EventType.getEventType(SpanEvent.class);
    }

    private final String module;
    private final String workload;
    private final int round;
    private PhaseEvent phase;
    private IterationEvent iteration;

    /**
     * @param workload {@code module/variant}
     * @param round 0-based round of the workload
     */
    public WorkloadTrace(String workload, int round) {
        this.module = workload.substring(0, workload.indexOf('/'));
        this.workload = workload;
        this.round = round;
    }

    /**
     * Ends the current step's event, if any, and begins one for {@code step}; the same step again
     * (the run step, entered once per iteration) goes on in the same event.
     */
    public void phase(String step) {
        if (!FlightRecording.on()) {
            return;
        }
        if (phase != null && phase.phase.equals(step)) {
            return;
        }
        endPhase();
        PhaseEvent next = named(new PhaseEvent());
        next.phase = step;
        next.begin();
        phase = next;
    }

    /** Ends the current step's event, if any. */
    public void endPhase() {
        if (phase != null) {
            phase.commit();
            phase = null;
        }
    }

    /** Begins the event of the iteration that starts now. */
    public void iterationStarted() {
        if (!FlightRecording.on()) {
            return;
        }
        iteration = named(new IterationEvent());
        iteration.begin();
    }

    /**
     * Commits the iteration begun last.
     *
     * @param index 0-based iteration over the workload's rounds (or over its warm-up)
     * @param values the values it recorded, by label
     */
    public void iterationFinished(int index, boolean warmup, String headline, Map<String, Double> values) {
        IterationEvent event = iteration;
        iteration = null;
        if (event == null || !event.shouldCommit()) {
            return;
        }
        event.iteration = index;
        event.warmup = warmup;
        event.headline = headline;
        event.headlineValue = headline == null ? Double.NaN : values.getOrDefault(headline, Double.NaN);
        event.values = values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
        event.commit();
    }

    @Override
    public boolean enabled() {
        return FlightRecording.on() && SpanType.TYPE.isEnabled();
    }

    @Override
    public void span(String name, long startNanos, long endNanos) {
        if (!FlightRecording.on()) {
            return;
        }
        SpanEvent event = named(new SpanEvent());
        if (event.shouldCommit()) {
            event.name = name;
            event.startNanoTime = startNanos;
            event.spanNanos = endNanos - startNanos;
            event.commit();
        }
    }

    private <E extends WorkloadEvent> E named(E event) {
        event.module = module;
        event.workload = workload;
        event.round = round;
        return event;
    }
}
