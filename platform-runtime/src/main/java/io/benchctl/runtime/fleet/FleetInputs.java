package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The result files of a fleet report, read. A named file must be a result; a folder contributes
 * every {@code *.json} in it that is one, except {@code latest.json} (the output folder's copy of
 * its newest run, which would count that run twice). When one host has several runs against the
 * same network peer (or none) the newest is read and the others are skipped, so each counts once;
 * runs of one host against different peers are all kept, for the network matrix.
 *
 * @param hosts one run per host and peer, in the order given (a folder's files by name)
 * @param skipped files not merged, with why
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FleetInputs(List<FleetHost> hosts, List<FleetReport.Skipped> skipped) {

    static final String LATEST = "latest.json";

    /** @throws BadInputException naming the path when a named file or folder cannot be read */
    public static FleetInputs read(List<Path> paths) throws BadInputException {
        List<FleetReport.Skipped> skipped = new ArrayList<>();
        List<FleetHost> read = new ArrayList<>();
        for (Path path : distinct(paths)) {
            if (Files.isDirectory(path)) {
                readFolder(path, read, skipped);
            } else if (Files.exists(path)) {
                try {
                    read.add(FleetHost.of(path, ResultCodec.read(path)));
                } catch (IOException e) {
                    throw new BadInputException(e.getMessage(), e);
                }
            } else {
                throw new BadInputException(path + ": no such file or folder");
            }
        }
        return new FleetInputs(newestPerHost(read, skipped), List.copyOf(skipped));
    }

    /** The paths as given (reports name files as the user did), each file once. */
    private static List<Path> distinct(List<Path> paths) {
        Set<Path> seen = new LinkedHashSet<>();
        return paths.stream()
                .filter(path -> seen.add(path.toAbsolutePath().normalize()))
                .toList();
    }

    private static void readFolder(Path folder, List<FleetHost> read, List<FleetReport.Skipped> skipped)
            throws BadInputException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
        // Parsing is most of a report's time: a fleet's files are parsed in parallel, kept in order.
        List<Parsed> parsed = files.parallelStream().map(Parsed::of).toList();
        for (Parsed one : parsed) {
            if (one.host() != null) {
                read.add(one.host());
            } else {
                skipped.add(new FleetReport.Skipped(one.file().toString(), one.reason()));
            }
        }
    }

    /** A folder's file read as a result, or why it was not. */
    private record Parsed(Path file, FleetHost host, String reason) {
        static Parsed of(Path file) {
            if (file.getFileName().toString().equals(LATEST)) {
                return new Parsed(file, null, "the folder's copy of its newest run, which is read under its own name");
            }
            try {
                return new Parsed(file, FleetHost.of(file, ResultCodec.read(file)), null);
            } catch (IOException e) {
                return new Parsed(file, null, e.getMessage());
            }
        }
    }

    private static List<FleetHost> newestPerHost(List<FleetHost> read, List<FleetReport.Skipped> skipped) {
        Map<String, FleetHost> newest = new LinkedHashMap<>();
        for (FleetHost host : read) {
            String key = host.id() + " " + NetworkMatrices.peerKey(host);
            FleetHost other = newest.get(key);
            if (other == null) {
                newest.put(key, host);
                continue;
            }
            FleetHost older = startedAt(other.result()).compareTo(startedAt(host.result())) <= 0 ? other : host;
            FleetHost newer = older == other ? host : other;
            newest.put(key, newer);
            skipped.add(new FleetReport.Skipped(
                    older.file().toString(), "an older run of host " + host.id() + " than " + newer.file()));
        }
        return List.copyOf(newest.values());
    }

    private static String startedAt(RunResult result) {
        return result.startedAt() == null ? "" : result.startedAt();
    }
}
