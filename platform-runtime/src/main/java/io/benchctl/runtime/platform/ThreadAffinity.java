package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.BitSet;
import org.apiguardian.api.API;

/**
 * The OS's CPU affinity for the calling thread. Where the OS has no such thing (macOS, the
 * portable layer) both methods throw {@link UnavailableException} saying so.
 */
@API(status = INTERNAL, since = "1.3")
public interface ThreadAffinity {

    /** The CPUs this process may run on (a container's cpuset or {@code taskset} included). */
    BitSet allowedCpus() throws UnavailableException;

    /** Restricts the calling thread to {@code cpus}. */
    void restrictCurrentThread(BitSet cpus) throws UnavailableException;

    /** Affinity that the layer does not offer, with the reason. */
    static ThreadAffinity unavailable(String reason) {
        return new ThreadAffinity() {
            @Override
            public BitSet allowedCpus() throws UnavailableException {
                throw new UnavailableException(reason);
            }

            @Override
            public void restrictCurrentThread(BitSet cpus) throws UnavailableException {
                throw new UnavailableException(reason);
            }
        };
    }
}
