package io.benchctl.runtime.orchestrator;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunListener;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.runtime.plugins.LoadedReporter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each event to every reporter's listener. A listener that throws is logged once and
 * dropped: a broken reporter never aborts or alters the run (the {@link RunListener} contract).
 */
final class ListenerFanout implements RunListener {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerFanout.class);

    private record Named(String reporterId, RunListener listener) {}

    private final List<Named> listeners = new CopyOnWriteArrayList<>();

    /**
     * Starts every reporter's live view on {@code output}. A reporter whose listener cannot start
     * is logged and left out; it still writes its output at the end.
     */
    static ListenerFanout start(List<LoadedReporter> reporters, OutputFolder output) {
        ListenerFanout fanout = new ListenerFanout();
        for (LoadedReporter reporter : reporters) {
            try {
                fanout.add(reporter.reporter().id(), reporter.reporter().listener(output));
            } catch (RuntimeException | LinkageError e) {
                LOG.error(
                        "reporter '{}' could not start its live view: {}",
                        reporter.reporter().id(),
                        e.toString());
            }
        }
        return fanout;
    }

    private void add(String reporterId, RunListener listener) {
        if (listener != null && listener != RunListener.NOOP) {
            listeners.add(new Named(reporterId, listener));
        }
    }

    private void each(Consumer<RunListener> event) {
        for (Named named : listeners) {
            try {
                event.accept(named.listener());
            } catch (RuntimeException | LinkageError e) {
                listeners.remove(named);
                LOG.error(
                        "reporter '{}' failed while handling an event and was dropped: {}",
                        named.reporterId(),
                        e.toString());
            }
        }
    }

    @Override
    public void runStarted(RunPlan plan) {
        each(l -> l.runStarted(plan));
    }

    @Override
    public void phaseChanged(String workloadId, Phase phase) {
        each(l -> l.phaseChanged(workloadId, phase));
    }

    @Override
    public void progress(String workloadId, Phase phase, double fractionDone, String message) {
        each(l -> l.progress(workloadId, phase, fractionDone, message));
    }

    @Override
    public void iterationFinished(String workloadId, int iteration, Map<String, Double> values) {
        each(l -> l.iterationFinished(workloadId, iteration, values));
    }

    @Override
    public void warning(String workloadId, WarningInfo warning) {
        each(l -> l.warning(workloadId, warning));
    }

    @Override
    public void workloadFinished(WorkloadResult result) {
        each(l -> l.workloadFinished(result));
    }

    @Override
    public void runFinished(RunResult result) {
        each(l -> l.runFinished(result));
    }
}
