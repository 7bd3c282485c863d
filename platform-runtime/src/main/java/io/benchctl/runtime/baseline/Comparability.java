package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** The comparability guard: which conditions of two runs differ. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Comparability {

    /**
     * One condition that differs.
     *
     * @param field {@code host fingerprint}, {@code JVM version}, {@code benchctl major},
     *     {@code profile} or {@code plugin <id> version}
     */
    public record Difference(String field, String baseline, String current) {
        /** E.g. {@code JVM version differs (baseline 25.0.1, current 25.0.2)}. */
        public String describe() {
            return describe("baseline", "current");
        }

        /** The same with other names for the two sides, e.g. two file names. */
        public String describe(String baselineName, String currentName) {
            return field + " differs (" + baselineName + " " + shown(baseline) + ", " + currentName + " "
                    + shown(current) + ")";
        }

        private static String shown(String value) {
            if (value == null) {
                return "unknown";
            }
            // Hashes are 64 hex digits; twelve tell them apart in a message.
            return value.matches("[0-9a-f]{64}") ? value.substring(0, 12) + "…" : value;
        }
    }

    private Comparability() {}

    /** Every difference, in a fixed order; empty when the runs are comparable. */
    public static List<Difference> differences(RunIdentity baseline, RunIdentity current) {
        List<Difference> differences = new ArrayList<>();
        check(differences, "host fingerprint", baseline.hostFingerprint(), current.hostFingerprint());
        check(differences, "JVM version", baseline.jvmVersion(), current.jvmVersion());
        check(differences, "benchctl major", baseline.benchctlMajor(), current.benchctlMajor());
        check(differences, "profile", baseline.profileHash(), current.profileHash());
        // A plugin only on one side is not a difference: the metrics it measures are then on one
        // side only and are listed as such.
        baseline.plugins().forEach((id, version) -> {
            String other = current.plugins().get(id);
            if (other != null) {
                check(differences, "plugin " + id + " version", version, other);
            }
        });
        return differences;
    }

    private static void check(List<Difference> differences, String field, String baseline, String current) {
        if (!Objects.equals(baseline, current)) {
            differences.add(new Difference(field, baseline, current));
        }
    }
}
