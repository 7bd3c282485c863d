package io.benchctl.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.concurrent.CancellationException;
import org.apiguardian.api.API;

/** Set when the user interrupts the run or a step passes its time limit. */
@API(status = STABLE, since = "1.0")
public interface CancellationToken {

    boolean isCancelled();

    /** Throws {@link CancellationException} if cancelled; convenient inside loops. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
