package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Where a capability records that it fell back: the warnings of the workload that used it. */
@API(status = INTERNAL, since = "1.3")
@FunctionalInterface
public interface Warnings {

    /** Records one warning; the same code and message twice are kept once. */
    void warn(String code, String message);

    /** Drops every warning: for callers that have no workload (tools, tests of the mechanics). */
    Warnings IGNORE = (code, message) -> {};
}
