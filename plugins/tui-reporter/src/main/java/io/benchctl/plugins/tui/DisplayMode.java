package io.benchctl.plugins.tui;

import java.util.function.UnaryOperator;

/** How the run is shown on the console. */
enum DisplayMode {
    /** The live JLine dashboard. */
    LIVE,
    /** Plain progress lines, no colour, no cursor movement: logs, pipes, CI, dumb terminals. */
    LINES,
    /** Nothing while the run goes ({@code --quiet}). */
    SILENT;

    /**
     * The mode for these conditions. The dashboard needs all of: live output allowed (no
     * {@code --no-tui}), stdout a terminal (a piped run is a logged run), a {@code TERM} other
     * than {@code dumb} and no {@code NO_COLOR} (the dashboard is built on colour; the
     * plain lines have none). Whether stderr is a terminal is checked when the terminal opens.
     */
    static DisplayMode choose(
            boolean quiet, boolean interactiveAllowed, boolean stdoutIsTerminal, UnaryOperator<String> environment) {
        if (quiet) {
            return SILENT;
        }
        String term = environment.apply("TERM");
        String noColor = environment.apply("NO_COLOR");
        boolean capable = term != null && !term.isBlank() && !term.startsWith("dumb");
        // no-color.org: set and non-empty disables colour.
        boolean colourAllowed = noColor == null || noColor.isEmpty();
        return interactiveAllowed && stdoutIsTerminal && capable && colourAllowed ? LIVE : LINES;
    }
}
