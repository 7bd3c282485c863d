package io.benchctl.runtime.affinity;

import io.benchctl.api.CpuAffinity;
import java.util.List;
import java.util.Optional;

/** Interim stand-in (replaced by the FFM implementation). */
public final class ThreadPinner implements CpuAffinity {
    public static ThreadPinner create(boolean enabled) {
        return new ThreadPinner();
    }

    @Override
    public int pinCurrentThread(int threadIndex) {
        return -1;
    }

    public List<Integer> pinnedCpus() {
        return List.of();
    }

    public Optional<String> warning() {
        return Optional.empty();
    }
}
