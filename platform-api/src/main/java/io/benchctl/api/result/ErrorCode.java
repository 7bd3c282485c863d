package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Why a workload failed or was skipped, as a machine-readable code ({@link ErrorInfo#code()}).
 *
 * <p>A closed enum rather than an open set of string constants: only the runtime assigns these
 * codes. A plugin fails a workload by throwing (code {@link #EXCEPTION}) or skips it by throwing
 * {@link io.benchctl.api.WorkloadSkippedException} (code {@link #SKIPPED}); it never builds an
 * {@link ErrorInfo} itself, so there is no code a plugin could add. Readers (reporters, exporters,
 * CI scripts) can therefore handle every code, and a new code is a result schema change. A plugin
 * that wants to say more puts it in the message or in a {@link WarningInfo}, whose codes stay open.
 *
 * <p>Result files spell a code by its {@link #id()}: lower case, words joined by {@code -}.
 */
@API(status = STABLE, since = "1.0")
public enum ErrorCode {
    /** A step threw an exception; the message says which. */
    EXCEPTION,
    /** A step passed its time limit and was cancelled. */
    TIMEOUT,
    /** The user interrupted the run (Ctrl-C) before the workload finished or started. */
    INTERRUPTED,
    /** The workload does not apply on this host ({@link io.benchctl.api.WorkloadSkippedException}). */
    SKIPPED,
    /** The workload ran to the end without recording any value. */
    NO_METRICS;

    private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The code as result files spell it, e.g. {@code timeout}, {@code no-metrics}. */
    public String id() {
        return id;
    }

    /**
     * The code a result file spells {@code id}.
     *
     * @throws IllegalArgumentException naming the value and the known codes when there is none
     */
    public static ErrorCode fromId(String id) {
        for (ErrorCode code : values()) {
            if (code.id.equals(id)) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown error code '" + id + "' (known: "
                + Arrays.stream(values()).map(ErrorCode::id).collect(Collectors.joining(", ")) + ")");
    }
}
