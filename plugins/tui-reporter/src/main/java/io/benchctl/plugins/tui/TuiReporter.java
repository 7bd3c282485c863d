package io.benchctl.plugins.tui;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.report.RunListener;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal reporter: a live JLine dashboard on stderr while a run goes, plain progress
 * lines where a dashboard cannot work, and the run's summary on the console. It writes no file.
 */
@Extension
public final class TuiReporter implements Reporter {

    private static final Logger LOG = LoggerFactory.getLogger(TuiReporter.class);
    private static final Duration FRAME_INTERVAL = Duration.ofMillis(100);

    private final UnaryOperator<String> environment;
    /** Runs whose summary a live dashboard already left on screen: {@link #write} skips those. */
    private final Set<String> summarized = ConcurrentHashMap.newKeySet();

    public TuiReporter() {
        this(System::getenv);
    }

    /** For tests: reads {@code TERM} and {@code NO_COLOR} through {@code environment}. */
    TuiReporter(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String id() {
        return "tui";
    }

    @Override
    public String description() {
        return "live terminal dashboard (plain progress lines when not on a terminal)";
    }

    @Override
    public RunListener listener(ReportContext context) {
        boolean stdoutIsTerminal = System.console() != null && System.console().isTerminal();
        return switch (DisplayMode.choose(
                context.quiet(), context.interactiveAllowed(), stdoutIsTerminal, environment)) {
            case SILENT -> RunListener.NOOP;
            case LINES -> new LineProgress(context.console());
            case LIVE -> live(context);
        };
    }

    private RunListener live(ReportContext context) {
        try {
            return TerminalFactory.openSystemTerminal()
                    .<RunListener>map(terminal -> new Dashboard(terminal, FRAME_INTERVAL, summarized::add))
                    .orElseGet(() -> new LineProgress(context.console()));
        } catch (IOException | RuntimeException e) {
            LOG.debug("no terminal for the dashboard, using progress lines", e);
            return new LineProgress(context.console());
        }
    }

    /** Prints the run's summary unless the live dashboard already left it on screen. */
    @Override
    public void write(RunResult result, ReportContext context) {
        if (summarized.remove(result.runId()) || context.quiet()) {
            return;
        }
        Summary.run(result).forEach(line -> context.console().println(line.text()));
    }
}
