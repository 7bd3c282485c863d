package io.benchctl.plugins.tui;

import java.io.IOException;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opens the system terminal on stderr for the dashboard, or says there is none. */
final class TerminalFactory {

    private TerminalFactory() {}

    /**
     * The terminal on stderr, or empty when stdin or stderr is not a terminal.
     *
     * <p>Two choices matter. JLine finds its terminal providers through the thread's context
     * class loader, which under PF4J is the host's: it is pointed at this plugin's loader while
     * the terminal is built, else the FFM provider is not found (or is the host's copy). And
     * native signals stay off: with them JLine resets SIGINT to the OS default, which would
     * kill the JVM on Ctrl-C before the runtime's own handler can save what finished; resizes
     * are followed by polling the size on each frame instead of SIGWINCH.
     */
    static Optional<Terminal> openSystemTerminal() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TerminalFactory.class.getClassLoader());
        try {
            Terminal terminal = TerminalBuilder.builder()
                    .name("benchctl")
                    .system(true)
                    .systemOutput(TerminalBuilder.SystemOutput.SysErr)
                    .nativeSignals(false)
                    .dumb(true)
                    .build();
            if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                terminal.close();
                return Optional.empty();
            }
            return Optional.of(terminal);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
