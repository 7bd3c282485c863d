package io.benchctl.runtime.platform.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SysFilesTest {

    @Test
    void sysfsSizesAreBinaryMultiples() {
        assertEquals(49_152, SysFiles.parseSizeBytes("48K"));
        assertEquals(32L << 20, SysFiles.parseSizeBytes("32M"));
        assertEquals(512, SysFiles.parseSizeBytes("512"));
        assertEquals(-1, SysFiles.parseSizeBytes("48 KiB"));
        assertEquals(-1, SysFiles.parseSizeBytes(null));
    }

    @Test
    void cpuListsExpandRanges() {
        assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), SysFiles.parseCpuList("0-3,8,10-11"));
        assertEquals(List.of(), SysFiles.parseCpuList("0-x"));
        assertEquals(List.of(), SysFiles.parseCpuList(""));
    }
}
