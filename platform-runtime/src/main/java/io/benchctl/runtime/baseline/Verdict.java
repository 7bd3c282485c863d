package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a comparison concluded about one metric. Serialised in lower case. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Verdict {
    /** Better beyond the threshold, and significant. */
    IMPROVED,
    /** Within the threshold. */
    UNCHANGED,
    /** Worse beyond the threshold, and significant: the command exits 3. */
    REGRESSED,
    /** Beyond the threshold but not significant, or too noisy to tell. */
    INCONCLUSIVE
}
