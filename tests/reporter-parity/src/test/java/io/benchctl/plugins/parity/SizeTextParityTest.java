package io.benchctl.plugins.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.host.SysinfoText;
import io.benchctl.testkit.reporter.SampleRun;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchctl sysinfo} and a reporter print the same host size as the very same text. */
class SizeTextParityTest {

    @TempDir
    Path folder;

    @Test
    void sysinfoAndTheMarkdownReportShowTheMemorySizeAlike() throws Exception {
        String markdown = RenderedRun.render(SampleRun.result(), folder).file(SampleRun.RUN_ID, ".md");
        Matcher row = Pattern.compile("\\| memory\\.totalBytes \\| ([^|]+) \\|").matcher(markdown);
        assertTrue(row.find(), markdown);
        String reported = row.group(1);
        // 25,769,803,776 bytes: three significant digits in GiB, not "24 GiB" or "24.00 GiB".
        assertEquals("24.0 GiB", reported);

        String sysinfo = SysinfoText.render(SampleRun.host());
        assertTrue(sysinfo.contains("Memory         " + reported + " total"), sysinfo);
    }
}
