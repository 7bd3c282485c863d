package io.benchctl.plugins.cpu;

/**
 * One measurement thread's instance of a kernel (not thread-safe). Each batch checks its own
 * result, so a miscomputing CPU or JIT fails the workload instead of reporting a speed, and the
 * check uses the result, so the JIT cannot drop the work.
 */
interface CpuKernel {

    /** Operations one {@link #runBatch} performs (the unit of the ops/s metric). */
    long opsPerBatch();

    /**
     * Runs one batch.
     *
     * @param batchIndex varies the input from batch to batch so nothing can be computed once
     * @return the batch's output checksum
     * @throws KernelCheckException when the output is wrong
     */
    long runBatch(long batchIndex);

    /** A kernel computed a wrong result. */
    final class KernelCheckException extends IllegalStateException {
        KernelCheckException(String message) {
            super(message);
        }
    }
}
