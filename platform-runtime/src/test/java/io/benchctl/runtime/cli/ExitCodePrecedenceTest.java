package io.benchctl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one precedence of exit codes: 130 > 2 > 1 > 3 > 0, whichever order they come in. */
class ExitCodePrecedenceTest {

    private static final List<Integer> MOST_SEVERE_FIRST = List.of(
            ExitCodes.INTERRUPTED, ExitCodes.USAGE, ExitCodes.WORKLOAD_FAILED, ExitCodes.REGRESSION, ExitCodes.OK);

    @Test
    void theMoreSevereOfTwoWinsInEitherOrder() {
        for (int i = 0; i < MOST_SEVERE_FIRST.size(); i++) {
            for (int j = i; j < MOST_SEVERE_FIRST.size(); j++) {
                int severe = MOST_SEVERE_FIRST.get(i);
                int mild = MOST_SEVERE_FIRST.get(j);
                assertEquals(severe, BaselineGateOptions.mostSevere(severe, mild), severe + " vs " + mild);
                assertEquals(severe, BaselineGateOptions.mostSevere(mild, severe), mild + " vs " + severe);
            }
        }
    }

    @Test
    void runHelpListsTheExitCodesInThatOrder() {
        java.io.StringWriter help = new java.io.StringWriter();
        picocli.CommandLine line = Main.commandLine();
        line.setOut(new java.io.PrintWriter(help, true));
        line.execute("run", "--help");
        String text = help.toString();
        int previous = text.indexOf("Exit codes (the first that applies wins):");
        org.junit.jupiter.api.Assertions.assertTrue(previous > 0, text);
        for (String code : List.of("130 ", "2 ", "1 ", "3 ", "0 ")) {
            int at = text.indexOf("\n  " + code, previous + 1);
            org.junit.jupiter.api.Assertions.assertTrue(at > previous, code + " in order in: " + text);
            previous = at;
        }
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("--baseline=FILE"), text);
    }
}
