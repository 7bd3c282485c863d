package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Both ends of a network test between two hosts of a fleet, by host id (result schema 1.3.0).
 *
 * @param client the host that ran the workload: the run's {@code hostId}
 * @param server the host whose {@code benchctl peer} it tested against ({@code benchctl run
 *     --peer-host-id})
 */
@API(status = EXPERIMENTAL, since = "1.1")
public record NetworkPair(String client, String server) {}
