package io.benchctl.runtime.orchestrator;

import io.benchctl.runtime.scratch.ScratchManager;

/**
 * Keeps a run's scratch folders from outliving it. While open, a JVM shutdown hook releases them:
 * a second Ctrl-C exits at once, and the hook still removes them. {@link #close()} releases them
 * and refuses further allocations, then removes the hook.
 */
final class ScratchShutdownHook implements AutoCloseable {
    private final ScratchManager scratch;
    private final Thread hook;

    private ScratchShutdownHook(ScratchManager scratch) {
        this.scratch = scratch;
        this.hook = new Thread(scratch::release, "benchctl-scratch-release");
    }

    static ScratchShutdownHook install(ScratchManager scratch) {
        ScratchShutdownHook installed = new ScratchShutdownHook(scratch);
        Runtime.getRuntime().addShutdownHook(installed.hook);
        return installed;
    }

    @Override
    public void close() {
        try {
            scratch.close();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }
}
