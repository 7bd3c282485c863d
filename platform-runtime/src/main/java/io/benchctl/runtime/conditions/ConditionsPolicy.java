package io.benchctl.runtime.conditions;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Resource;
import io.benchctl.api.result.Conditions;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.runtime.platform.ConditionsProbe;
import io.benchctl.runtime.platform.Platforms;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/** How a run watches its workloads' conditions: the host's probe and the profile's thresholds. */
@API(status = INTERNAL, since = "1.3")
public record ConditionsPolicy(ConditionsProbe probe, ConditionThresholds thresholds) {

    /** This host's probe with the thresholds of an effective profile's {@code conditions} block. */
    public static ConditionsPolicy of(Object conditionsTable) {
        return new ConditionsPolicy(Platforms.current().conditions(), ConditionThresholds.of(conditionsTable));
    }

    /** A monitor for one workload. */
    public ConditionsMonitor monitor(String workloadId) {
        return new ConditionsMonitor(probe, thresholds.interval(), workloadId);
    }

    /** The condition warnings of a workload's conditions block. */
    public List<WarningInfo> warnings(Conditions conditions, Set<Resource> resources, String moduleId) {
        return ConditionWarnings.of(
                conditions,
                thresholds,
                resources,
                moduleId,
                Runtime.getRuntime().availableProcessors());
    }
}
