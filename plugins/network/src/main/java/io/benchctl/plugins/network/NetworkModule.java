package io.benchctl.plugins.network;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The network module: TCP throughput (upload and download, parallel streams), round-trip latency
 * (ping-pong per message size) and connection-setup rate, against an in-process loopback peer by
 * default or a {@code benchctl peer} on another host.
 */
@Extension
public final class NetworkModule implements BenchmarkModule {

    @Override
    public String id() {
        return "network";
    }

    @Override
    public String description() {
        return "TCP throughput, round-trip latency and connection rate (loopback or benchctl peer)";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.NETWORK);
    }

    @Override
    public String configSchema() {
        try (InputStream in = NetworkModule.class.getResourceAsStream("network.schema.json")) {
            if (in == null) {
                throw new IOException("network.schema.json is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.ofEntries(
                Map.entry("mode", "loopback"),
                Map.entry("peer", "127.0.0.1:7420"),
                Map.entry("token_file", ""),
                Map.entry("streams", List.of(1L, 2L)),
                Map.entry("message_bytes", List.of(1L, 65536L)),
                Map.entry("retries", 3L),
                Map.entry("connect_timeout", "2s"),
                Map.entry("connect_retry_window", "0s"),
                Map.entry("peer_command", ""),
                Map.entry("workloads", List.of("throughput", "rtt", "connect")));
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        NetworkSettings network = NetworkSettings.parse(settings);
        List<Workload> workloads = new ArrayList<>();
        PeerTarget target = new PeerTarget(network);
        for (String kind : network.workloads()) {
            switch (kind) {
                case "throughput" -> {
                    for (int streams : network.streams()) {
                        workloads.add(new ThroughputWorkload(target, ThroughputWorkload.Direction.UPLOAD, streams));
                        workloads.add(new ThroughputWorkload(target, ThroughputWorkload.Direction.DOWNLOAD, streams));
                    }
                }
                case "rtt" -> network.messageBytes().forEach(bytes -> workloads.add(new RttWorkload(target, bytes)));
                case "connect" -> workloads.add(new ConnectWorkload(target));
                default ->
                    throw new IllegalArgumentException("modules.network.workloads: unknown workload '" + kind
                            + "' (expected throughput, rtt or connect)");
            }
        }
        target.expectWorkloads(workloads.size());
        return List.copyOf(workloads);
    }
}
