package io.benchctl.runtime.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.portable.PortablePlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scratch folder's lock through the portable layer, as on Windows: no pid namespace, the
 * host named by the JDK, and owners judged by {@link ProcessHandle} alone.
 */
class PortableLockFileTest {

    private final HostProbes portable = new PortablePlatform("Windows 11").host();

    @TempDir
    Path folder;

    @Test
    void aLockWrittenAndReadBackNamesThisLiveProcess() throws Exception {
        LockFile written = LockFile.ofCurrentProcess(portable);
        assertEquals("", written.pidNamespace());
        assertEquals(portable.hostname().orElseThrow(), written.host());
        written.writeTo(folder);

        LockFile read = LockFile.readFrom(folder).orElseThrow();
        assertEquals(written, read);
        assertEquals(LockFile.Owner.ALIVE, read.owner(portable));
    }

    @Test
    void anEndedOwnerIsDeadAndAnotherHostsIsNotOursToJudge() throws Exception {
        Process ended = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        ended.waitFor();
        LockFile self = LockFile.ofCurrentProcess(portable);
        LockFile dead = new LockFile(ended.pid(), -1, self.host(), "");
        assertEquals(LockFile.Owner.DEAD, dead.owner(portable));

        LockFile elsewhere = new LockFile(ProcessHandle.current().pid(), -1, "another-host", "");
        assertEquals(LockFile.Owner.UNKNOWN, elsewhere.owner(portable));
    }
}
