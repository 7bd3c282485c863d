package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Why a workload's measured iterations stopped. Result files spell it by its {@link #id()}.
 *
 * @since 1.1
 */
@API(status = EXPERIMENTAL, since = "1.1")
public enum StopReason {
    /** The configured {@code iterations} ran ({@code target_ci} off). */
    ITERATIONS,
    /** The headline median's 95% confidence interval came within {@code target_ci}. */
    TARGET_CI,
    /** {@code max_time} passed before the interval came within {@code target_ci}. */
    MAX_TIME;

    /** {@code iterations}, {@code target-ci}, {@code max-time}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException naming the known ids when {@code id} is none of them
     */
    public static StopReason fromId(String id) {
        for (StopReason reason : values()) {
            if (reason.id().equals(id)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown stop reason '" + id + "' (known: "
                + Arrays.stream(values()).map(StopReason::id).collect(Collectors.joining(", ")) + ")");
    }
}
