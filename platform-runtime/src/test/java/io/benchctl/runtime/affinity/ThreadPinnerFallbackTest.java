package io.benchctl.runtime.affinity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.platform.portable.PortablePlatform;
import org.junit.jupiter.api.Test;

/** Where the platform layer has no affinity, nothing is pinned and the warning says why; on every OS. */
class ThreadPinnerFallbackTest {

    @Test
    void thePortableLayerPinsNothingAndSaysWhy() {
        ThreadPinner pinner = ThreadPinner.create(true, new PortablePlatform("Linux").affinity());
        assertEquals(-1, pinner.pinCurrentThread(0));
        assertTrue(pinner.pinnedCpus().isEmpty());
        String warning = pinner.warning().orElseThrow();
        assertTrue(warning.contains("portable platform layer") && warning.contains("threads run unpinned"), warning);
        pinner.restoreCurrentThread();
    }

    @Test
    void switchedOffThereIsNoWarningEither() {
        ThreadPinner pinner = ThreadPinner.create(false, new PortablePlatform("Windows 11").affinity());
        assertEquals(-1, pinner.pinCurrentThread(0));
        assertTrue(pinner.warning().isEmpty());
    }
}
