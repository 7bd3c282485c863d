package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayModeTest {

    @ParameterizedTest(name = "quiet={0} interactive={1} tty={2} TERM={3} NO_COLOR={4} -> {5}")
    @CsvSource(nullValues = "null", textBlock = """
            false, true,  true,  xterm-256color, null, LIVE
            false, true,  true,  xterm-256color, '',   LIVE
            false, true,  true,  xterm-256color, 1,    LINES
            false, true,  true,  dumb,           null, LINES
            false, true,  true,  null,           null, LINES
            false, true,  false, xterm-256color, null, LINES
            false, false, true,  xterm-256color, null, LINES
            true,  true,  true,  xterm-256color, null, SILENT
            """)
    void choosesTheDashboardOnlyWhereItCanWork(
            boolean quiet, boolean interactive, boolean tty, String term, String noColor, DisplayMode expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("TERM", term);
        environment.put("NO_COLOR", noColor);
        assertEquals(expected, DisplayMode.choose(quiet, interactive, tty, environment::get));
    }
}
