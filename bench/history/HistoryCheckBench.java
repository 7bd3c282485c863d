import io.benchctl.api.Better;
import io.benchctl.api.result.RunResult;
import io.benchctl.history.changepoint.ChangePointDetector;
import io.benchctl.history.changepoint.ChangePointOptions;
import io.benchctl.history.store.HistoryLocation;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.Series;
import io.benchctl.history.store.SeriesKey;
import io.benchctl.history.store.SeriesPoint;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Speed of {@code benchctl history check} on a large SQLite history, end to end (run from
 * bench/history/check-speed.sh):
 * <ul>
 *   <li>builds RUNS x 50 metrics (one host, 5 workloads of 10 aggregate metrics, 5 samples each,
 *       Gaussian noise with CV 3 % and a 10 % step in 5 of the series at 70 % of the runs),
 *       through the store's own schema in one batched transaction;
 *   <li><b>check</b>: {@code history check} in a fresh JVM per repeat, with the launcher's JVM
 *       options (lib/jvm.options, C1 only; no AOT cache), wall time from fork to exit;
 *   <li><b>read</b> (in this JVM, warm): the series as {@code history check} read them before
 *       (seriesKeys, then series per key, with samples) and as it reads them now (allSeries),
 *       and the detection over them;
 *   <li><b>record</b>: {@code HistoryStore.record} of one more 50-metric run in this JVM, and
 *       {@code history import} of one in a fresh JVM.
 * </ul>
 * Every figure is the median of REPEATS.
 *
 * <p>Usage: {@code HistoryCheckBench DB RUNS REPEATS RESULT_TEMPLATE JAVA JVM_OPTIONS CLASSPATH}
 */
public final class HistoryCheckBench {

    static final String HOST = "bench-host";
    static final int WORKLOADS = 5;
    static final int METRICS_PER_WORKLOAD = 10;
    static final int SAMPLES = 5;
    static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        Path template = Path.of(args[3]);
        List<String> javaCommand = List.of(args[4], "@" + args[5], "-XX:TieredStopAtLevel=1", "-cp", args[6]);

        Files.deleteIfExists(db);
        long start = System.nanoTime();
        HistoryStore.open(HistoryLocation.of(db)).close();
        build(db, runs);
        System.out.printf(Locale.ROOT, "built %s: %d runs x %d metrics x %d samples in %.1f s (%d MB)%n",
                db, runs, WORKLOADS * METRICS_PER_WORKLOAD, SAMPLES, (System.nanoTime() - start) / 1e9,
                Files.size(db) >> 20);

        Path checkOut = db.resolveSibling("check.txt");
        double[] checkMillis = new double[repeats];
        for (int r = -1; r < repeats; r++) {
            double millis = cli(javaCommand, checkOut, List.of("history", "check", "--history", db.toString()), 0, 3);
            if (r >= 0) {
                checkMillis[r] = millis;
            }
        }
        List<String> report = Files.readAllLines(checkOut);
        System.out.printf(Locale.ROOT, "history check, fresh JVM (goal <= 2000 ms): median %7.1f ms; samples %s%n",
                median(checkMillis), Arrays.toString(checkMillis));
        System.out.println("  its report: " + report.size() + " lines, first: " + report.getFirst());

        try (HistoryStore store = HistoryStore.openExisting(HistoryLocation.of(db))) {
            readFigures(store, repeats);
            double[] recordMillis = new double[repeats];
            RunResult run = ResultCodec.read(template);
            for (int r = -3; r < repeats; r++) {
                RunResult next = fiftyMetricRun(run, "bench-record-" + (r + 3));
                long t = System.nanoTime();
                if (!store.record(next, HOST).added()) {
                    throw new IllegalStateException("not recorded: " + next.runId());
                }
                if (r >= 0) {
                    recordMillis[r] = (System.nanoTime() - t) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "record one run, in-process (goal <= 50 ms): median %7.1f ms; samples %s%n",
                    median(recordMillis), Arrays.toString(recordMillis));
        }
        double[] importMillis = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            Path file = db.resolveSibling("import-" + r + ".json");
            Files.write(file, ResultCodec.toJson(fiftyMetricRun(ResultCodec.read(template), "bench-import-" + r)));
            importMillis[r] = cli(javaCommand, db.resolveSibling("import.txt"),
                    List.of("history", "import", "--history", db.toString(), file.toString()), 0);
        }
        System.out.printf(Locale.ROOT, "history import of one run, fresh JVM:      median %7.1f ms; samples %s%n",
                median(importMillis), Arrays.toString(importMillis));
    }

    /** The read as check did it before (a query per series, with samples), and as it does now. */
    static void readFigures(HistoryStore store, int repeats) {
        ChangePointDetector detector = new ChangePointDetector(ChangePointOptions.DEFAULTS);
        double[] perSeriesMillis = new double[repeats];
        double[] allSeriesMillis = new double[repeats];
        double[] detectMillis = new double[repeats];
        for (int r = -1; r < repeats; r++) {
            long t = System.nanoTime();
            List<Series> old = new ArrayList<>();
            for (SeriesKey key : store.seriesKeys(null)) {
                old.add(store.series(key));
            }
            long t1 = System.nanoTime();
            List<Series> all = store.allSeries(null, key -> true);
            long t2 = System.nanoTime();
            for (Series s : all) {
                detector.analyze(s.points().stream().mapToDouble(SeriesPoint::value).toArray(), Better.HIGHER);
            }
            long t3 = System.nanoTime();
            if (old.size() != all.size()) {
                throw new IllegalStateException(old.size() + " series one way, " + all.size() + " the other");
            }
            if (r >= 0) {
                perSeriesMillis[r] = (t1 - t) / 1e6;
                allSeriesMillis[r] = (t2 - t1) / 1e6;
                detectMillis[r] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "read, warm JVM: a query per series with samples %7.1f ms;"
                        + " allSeries %7.1f ms; detection %6.1f ms (medians)%n",
                median(perSeriesMillis), median(allSeriesMillis), median(detectMillis));
    }

    /**
     * The template result made a run like the history's: its first workload's first metric
     * copied into 5 workloads of 10 metrics with 5 samples each, under a new run id.
     */
    static RunResult fiftyMetricRun(RunResult template, String runId) {
        ObjectNode tree = (ObjectNode) ResultCodec.toTree(template);
        tree.put("runId", runId);
        tree.put("startedAt", "2030-01-01T00:00:00Z");
        ArrayNode workloads = (ArrayNode) tree.get("tests");
        ObjectNode workload = (ObjectNode) workloads.get(0);
        ObjectNode metric = (ObjectNode) workload.get("metrics").get(0);
        metric.remove("histogram");
        ArrayNode samples = metric.putArray("samples");
        for (int k = 0; k < SAMPLES; k++) {
            samples.add(1000.0 + k);
        }
        workloads.removeAll();
        for (int w = 0; w < WORKLOADS; w++) {
            ObjectNode copy = workload.deepCopy();
            copy.put("id", "bench/w" + w);
            ArrayNode metrics = copy.putArray("metrics");
            for (int m = 0; m < METRICS_PER_WORKLOAD; m++) {
                metrics.add(metric.deepCopy().put("name", "metric_" + m));
            }
            workloads.add(copy);
        }
        return ResultCodec.mapper().treeToValue(tree, RunResult.class);
    }

    /** Runs the CLI in a fresh JVM; its wall time in ms from fork to exit. */
    static double cli(List<String> java, Path out, List<String> arguments, int... exitCodes) throws Exception {
        List<String> command = new ArrayList<>(java);
        command.add("io.benchctl.runtime.cli.Main");
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectErrorStream(true)
                .start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (Arrays.stream(exitCodes).noneMatch(code -> code == exit)) {
            throw new IllegalStateException(String.join(" ", command) + ": exit " + exit);
        }
        return millis;
    }

    /** RUNS runs of WORKLOADS x METRICS_PER_WORKLOAD metrics, one hour apart, in one transaction. */
    static void build(Path db, int runs) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            String profile = "0".repeat(64);
            String key = "9c1e04b2".repeat(8);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hosts VALUES (?, NULL, '{}', ?)")) {
                s.setString(1, HOST);
                s.setString(2, stored(Instant.parse("2029-12-31T00:00:00Z")));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO profiles VALUES (?, ?, '{}')")) {
                s.setString(1, profile);
                s.setString(2, key);
                s.executeUpdate();
            }
            try (PreparedStatement run = c.prepareStatement("INSERT INTO runs (run_id, name, status, started_at,"
                            + " finished_at, recorded_at, host_id, profile_hash, measurement_key)"
                            + " VALUES (?, 'bench', 'ok', ?, ?, ?, ?, ?, ?)");
                    PreparedStatement workload = c.prepareStatement("INSERT INTO workloads (run_id, workload_id,"
                            + " position, module, status) VALUES (?, ?, ?, 'bench', 'ok')");
                    PreparedStatement metric = c.prepareStatement("INSERT INTO metrics (run_id, workload_id,"
                            + " position, name, unit, better, value, best, n, mean, min, max, ci_low, ci_high)"
                            + " VALUES (?, ?, ?, ?, 'ops/s', 'higher', ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement sample = c.prepareStatement("INSERT INTO samples VALUES (?, ?, ?, ?, ?)")) {
                SplittableRandom random = new SplittableRandom(20261207);
                Instant first = Instant.parse("2027-01-01T00:00:00Z");
                for (int i = 0; i < runs; i++) {
                    String runId = String.format(Locale.ROOT, "run-%05d", i);
                    String startedAt = stored(first.plusSeconds(3600L * i));
                    run.setString(1, runId);
                    run.setString(2, startedAt);
                    run.setString(3, startedAt);
                    run.setString(4, startedAt);
                    run.setString(5, HOST);
                    run.setString(6, profile);
                    run.setString(7, key);
                    run.addBatch();
                    for (int w = 0; w < WORKLOADS; w++) {
                        String workloadId = "bench/w" + w;
                        workload.setString(1, runId);
                        workload.setString(2, workloadId);
                        workload.setInt(3, w);
                        workload.addBatch();
                        for (int m = 0; m < METRICS_PER_WORKLOAD; m++) {
                            double level = m == 0 && i >= runs * 7 / 10 ? 0.9 : 1;
                            addMetric(metric, sample, runId, workloadId, m, level, random);
                        }
                    }
                    if (i % 500 == 499 || i == runs - 1) {
                        run.executeBatch();
                        workload.executeBatch();
                        metric.executeBatch();
                        sample.executeBatch();
                    }
                }
            }
            c.commit();
        }
    }

    /** One aggregate metric of SAMPLES iterations, CV 3 % around 1000 x level, into the batches. */
    static void addMetric(
            PreparedStatement metric,
            PreparedStatement sample,
            String runId,
            String workloadId,
            int position,
            double level,
            SplittableRandom random)
            throws Exception {
        double[] values = new double[SAMPLES];
        for (int k = 0; k < SAMPLES; k++) {
            values[k] = 1000 * level * (1 + 0.03 * random.nextGaussian());
            sample.setString(1, runId);
            sample.setString(2, workloadId);
            sample.setInt(3, position);
            sample.setInt(4, k);
            sample.setDouble(5, values[k]);
            sample.addBatch();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        metric.setString(1, runId);
        metric.setString(2, workloadId);
        metric.setInt(3, position);
        metric.setString(4, "metric_" + position);
        metric.setDouble(5, sorted[SAMPLES / 2]);
        metric.setDouble(6, sorted[SAMPLES - 1]);
        metric.setLong(7, SAMPLES);
        metric.setDouble(8, Arrays.stream(values).average().orElseThrow());
        metric.setDouble(9, sorted[0]);
        metric.setDouble(10, sorted[SAMPLES - 1]);
        metric.setDouble(11, sorted[0]);
        metric.setDouble(12, sorted[SAMPLES - 1]);
        metric.addBatch();
    }

    /** As the store keeps times: ISO-8601 UTC with exactly three fraction digits. */
    static String stored(Instant instant) {
        return STORED.format(instant);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
