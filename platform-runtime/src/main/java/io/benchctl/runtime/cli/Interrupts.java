package io.benchctl.runtime.cli;

import io.benchctl.runtime.orchestrator.RunCancellation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM during a run: the first cancels the run, which cools down, writes what
 * finished and exits 130; a second exits at once (shutdown hooks still remove scratch folders).
 * A handler, not a shutdown hook, so that the run can finish its reports and choose its exit code.
 */
final class Interrupts implements AutoCloseable {
    private final List<Runnable> restore = new ArrayList<>();

    private Interrupts() {}

    static Interrupts install(RunCancellation cancellation, PrintWriter err) {
        Interrupts interrupts = new Interrupts();
        AtomicInteger received = new AtomicInteger();
        SignalHandler handler = signal -> {
            if (received.incrementAndGet() == 1) {
                err.println("benchctl: " + signal.getName() + " received: stopping after the current step and writing "
                        + "what finished (send it again to stop at once)");
                err.flush();
                cancellation.cancel();
            } else {
                System.exit(ExitCodes.INTERRUPTED);
            }
        };
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, handler);
                interrupts.restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException e) {
                // the signal does not exist on this OS or is reserved by the JVM (e.g. -Xrs)
            }
        }
        return interrupts;
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
