package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.RunResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One host's run as the fleet report reads it.
 *
 * @param id what names the host in the report; see {@link #idOf}
 * @param file the result file it came from
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FleetHost(String id, Path file, RunResult result) {

    /** Reads a result's host with the id {@link #idOf} gives. */
    public static FleetHost of(Path file, RunResult result) {
        return new FleetHost(idOf(result), file, result);
    }

    /**
     * The one place that says which host a result measured: the host block's {@code hostname},
     * else the run id (a result without a hostname still stands for one host of its own).
     */
    public static String idOf(RunResult result) {
        Map<String, Object> host = result.host() == null ? Map.of() : result.host();
        Object hostname = host.get("hostname");
        return hostname == null || String.valueOf(hostname).isBlank() ? result.runId() : String.valueOf(hostname);
    }

    /** The run's status as result files spell it. */
    public String status() {
        return result.status().name().toLowerCase(Locale.ROOT);
    }
}
