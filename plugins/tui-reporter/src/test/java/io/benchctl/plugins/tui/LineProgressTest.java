package io.benchctl.plugins.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.testkit.reporter.LiveFeed;
import io.benchctl.testkit.reporter.SampleRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineProgressTest {

    @Test
    void printsOnePlainLinePerStepWithoutEscapes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LiveFeed.replay(
                SampleRun.result(),
                new LineProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8)),
                Duration.ZERO);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(output.contains("\u001b"), "no escape sequences in line mode");
        List<String> lines = output.lines().toList();
        assertTrue(lines.getFirst()
                .startsWith("benchctl: run lab (" + SampleRun.RUN_ID + "): 8 workloads, about 3m12s on lab-01"));
        assertTrue(lines.contains("[3/8] memory/triad/1GiB/stride1: running"));
        assertTrue(lines.contains("[3/8] memory/triad/1GiB/stride1: iteration 1: bandwidth 12,346"));
        assertTrue(
                lines.contains("[3/8] done     memory/triad/1GiB/stride1: bandwidth 12.81 GB/s ±3.79 (CV 14.0%)"),
                output);
        assertTrue(lines.contains("[6/8] failed   disk/rand-write/4KiB: in run: No space left on device (quota 4GiB)"));
        assertTrue(lines.contains(
                "warning  disk/seq-read/1MiB: direct-io-fallback: direct I/O unsupported on tmpfs: buffered fallback"));
    }
}
