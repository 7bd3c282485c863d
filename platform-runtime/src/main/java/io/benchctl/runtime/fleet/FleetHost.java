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
     * The one place that says which host a result measured: its {@code hostId} ({@code --host-id},
     * else the machine id), else, for results written before schema 1.2.0, the host block's
     * {@code hostname}, else the run id (a result without either still stands for one host).
     * Not the hardware fingerprint: identical nodes share it.
     */
    public static String idOf(RunResult result) {
        if (result.hostId() != null && !result.hostId().isBlank()) {
            return result.hostId();
        }
        Map<String, Object> host = result.host() == null ? Map.of() : result.host();
        Object hostname = host.get("hostname");
        return hostname == null || String.valueOf(hostname).isBlank() ? result.runId() : String.valueOf(hostname);
    }

    /** The run's status as result files spell it. */
    public String status() {
        return result.status().name().toLowerCase(Locale.ROOT);
    }
}
