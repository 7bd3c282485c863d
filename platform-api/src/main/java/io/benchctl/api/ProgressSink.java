package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Live progress of one workload, forwarded to reporters. Cheap to call; rate-limited by the runtime. */
@API(status = STABLE, since = "1.0")
public interface ProgressSink {

    /**
     * @param fractionDone 0..1 within the current step
     * @param message a short live figure, e.g. {@code 12.4 GB/s}; may be empty
     */
    void update(double fractionDone, String message);

    ProgressSink NOOP = (fractionDone, message) -> {};
}
