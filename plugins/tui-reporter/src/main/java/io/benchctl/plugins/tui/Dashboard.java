package io.benchctl.plugins.tui;

import io.benchctl.api.report.Phase;
import io.benchctl.api.report.RunListener;
import io.benchctl.api.report.RunPlan;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live dashboard. Listener calls only update {@link RunState} and return; one render
 * thread owns the terminal: it redraws the status area at the bottom a few times a second,
 * prints finished workloads and warnings into the scrollback above it, and at the end clears
 * the status area and leaves the final summary in the scrollback.
 */
final class Dashboard implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);
    private static final Duration FINISH_WAIT = Duration.ofSeconds(2);

    private final Terminal terminal;
    private final Duration frameInterval;
    private final Consumer<String> summaryShown;
    private final RunState state = new RunState(System::nanoTime);
    private final Thread renderer =
            Thread.ofPlatform().daemon().name("benchctl-dashboard").unstarted(this::renderLoop);
    private final AtomicLong framesDrawn = new AtomicLong();
    private volatile boolean running = true;
    private Size lastSize;

    /** @param summaryShown told the run id once the final summary is on the screen */
    Dashboard(Terminal terminal, Duration frameInterval, Consumer<String> summaryShown) {
        this.terminal = terminal;
        this.frameInterval = frameInterval;
        this.summaryShown = summaryShown;
    }

    @Override
    public void runStarted(RunPlan plan) {
        state.started(plan);
        renderer.start();
    }

    @Override
    public void phaseChanged(String workloadId, Phase phase) {
        state.phase(workloadId, phase);
    }

    @Override
    public void progress(String workloadId, Phase phase, double fractionDone, String message) {
        state.progress(workloadId, phase, fractionDone, message);
    }

    @Override
    public void iterationFinished(String workloadId, int iteration, Map<String, Double> values) {
        state.values(workloadId, values);
    }

    @Override
    public void warning(String workloadId, WarningInfo warning) {
        state.warning(workloadId, warning);
    }

    @Override
    public void workloadFinished(WorkloadResult result) {
        state.finished(result);
    }

    /** Waits (briefly, bounded) for the summary to be drawn, so it is on screen before the process exits. */
    @Override
    public void runFinished(RunResult result) {
        state.runFinished(result);
        running = false;
        if (renderer.getState() == Thread.State.NEW) {
            renderer.start();
        }
        LockSupport.unpark(renderer);
        try {
            renderer.join(FINISH_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void renderLoop() {
        Status status = null;
        try {
            status = Status.getStatus(terminal);
            while (running) {
                draw(status);
                LockSupport.parkNanos(frameInterval.toNanos());
            }
            draw(status);
            status.update(List.of());
            status.close();
            RunResult result = state.snapshot().finalResult();
            if (result != null) {
                terminal.writer().println();
                Summary.run(result).forEach(this::printAbove);
                summaryShown.accept(result.runId());
            }
            terminal.flush();
        } catch (RuntimeException | java.io.IOError e) {
            LOG.warn("The live dashboard stopped: {}", e.toString());
        } finally {
            closeTerminal();
        }
    }

    private void draw(Status status) {
        Size size = terminal.getSize();
        if (!size.equals(lastSize)) {
            // Polled rather than signalled: JLine's native signal handling would take over SIGINT.
            status.resize(size);
            if (lastSize != null) {
                forgetOldStatus(status);
            }
            lastSize = new Size(size.getColumns(), size.getRows());
        }
        for (Object item : state.drainScrollback()) {
            printAbove(
                    item instanceof WorkloadResult test
                            ? Summary.workload(test)
                            : Summary.warning(
                                    ((RunState.Warning) item).workloadId(), ((RunState.Warning) item).info()));
        }
        boolean unicode = StandardCharsets.UTF_8.equals(terminal.encoding());
        Frame frame = new Frame(size.getColumns(), Math.max(3, size.getRows() / 2), unicode);
        status.update(frame.render(state.snapshot()));
        framesDrawn.incrementAndGet();
    }

    /** Frames drawn so far; lets a test wait until the screen shows a given moment. */
    long framesDrawn() {
        return framesDrawn.get();
    }

    /**
     * After a resize the terminal has moved or reflowed the old status lines: reset the scroll
     * region (keeping the cursor where the scrollback continues), erase everything below the
     * cursor, and let the next update draw the status area afresh.
     */
    private void forgetOldStatus(Status status) {
        terminal.puts(Capability.save_cursor);
        status.reset();
        terminal.puts(Capability.restore_cursor);
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eos);
    }

    private void printAbove(Summary.Line line) {
        AttributedStyle style = switch (line.kind()) {
            case HEADING -> AttributedStyle.BOLD;
            case OK -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case FAILED -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case SKIPPED, WARNING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
        };
        terminal.writer().println(new AttributedString(line.text(), style).toAnsi(terminal));
    }

    private void closeTerminal() {
        try {
            terminal.close();
        } catch (java.io.IOException e) {
            LOG.debug("closing the terminal failed", e);
        }
    }
}
