package io.benchctl.plugins.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.testkit.reporter.FolderReportContext;
import io.benchctl.testkit.reporter.SampleRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportersTest {

    @TempDir
    Path folder;

    private final RunResult result = SampleRun.result();
    private final JsonMapper json = JsonMapper.builder().build();

    private String write(Reporter reporter, String fileName) throws Exception {
        reporter.write(result, FolderReportContext.in(folder, new PrintStream(new ByteArrayOutputStream())));
        return Files.readString(folder.resolve(SampleRun.RUN_ID + fileName));
    }

    private List<MetricResult> aggregatesOfOkWorkloads() {
        return result.tests().stream()
                .filter(t -> t.status().name().equals("OK"))
                .flatMap(t -> t.metrics().stream().filter(m -> m.thread() == null))
                .toList();
    }

    @Test
    void gabFilesAreTheDocumentedArraysSplitByDirection() throws Exception {
        JsonNode bigger = json.readTree(write(new GabExporter(), ".gab-bigger.json"));
        JsonNode smaller = json.readTree(Files.readString(folder.resolve(SampleRun.RUN_ID + ".gab-smaller.json")));
        Set<String> names = new HashSet<>();
        for (JsonNode array : List.of(bigger, smaller)) {
            assertTrue(array.isArray());
            for (JsonNode entry : array) {
                assertTrue(
                        Set.of("name", "unit", "value", "range", "extra").containsAll(entry.propertyNames()),
                        entry::toString);
                assertTrue(entry.get("name").isString()
                        && entry.get("unit").isString()
                        && entry.get("value").isNumber());
                assertTrue(entry.get("range").isString() && entry.get("extra").isString());
                assertTrue(names.add(entry.get("name").asString()), "names are unique");
            }
        }
        long higher = aggregatesOfOkWorkloads().stream()
                .filter(m -> m.better() == Better.HIGHER)
                .count();
        assertEquals(higher, bigger.size());
        assertEquals(aggregatesOfOkWorkloads().size() - higher, smaller.size());
        JsonNode triad = find(bigger, "memory/triad/1GiB/stride1 bandwidth");
        assertEquals(12812.3, triad.get("value").asDouble());
        assertEquals("MB/s", triad.get("unit").asString());
        assertTrue(find(smaller, "syscall/pipe/1B round_trip")
                .get("extra")
                .asString()
                .contains("p99 12.14 µs"));
    }

    @Test
    void bmfIsBenchmarksOfMeasuresWithValueAndBounds() throws Exception {
        JsonNode bmf = json.readTree(write(new BmfExporter(), ".bmf.json"));
        assertTrue(bmf.isObject());
        int measures = 0;
        for (String benchmark : bmf.propertyNames()) {
            for (String slug : bmf.get(benchmark).propertyNames()) {
                assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
                JsonNode measure = bmf.get(benchmark).get(slug);
                assertTrue(Set.of("value", "lower_value", "upper_value").containsAll(measure.propertyNames()));
                double value = measure.get("value").asDouble();
                assertTrue(measure.get("lower_value").asDouble() <= value
                        && value <= measure.get("upper_value").asDouble());
                measures++;
            }
        }
        assertEquals(aggregatesOfOkWorkloads().size(), measures);
        assertEquals(
                94079.0,
                bmf.get("disk/rand-read/4KiB").get("latency-ns").get("value").asDouble(),
                100);
        assertTrue(bmf.get("memory/triad/1GiB/stride1").has("bandwidth-mb-s"));
    }

    @Test
    void csvHasOneRowPerMetricOrWorkloadAndExactValues() throws Exception {
        List<List<String>> rows = Csv.parse(write(new CsvExporter(), ".csv"));
        assertEquals(CsvExporter.HEADER, rows.getFirst());
        rows.forEach(row -> assertEquals(CsvExporter.HEADER.size(), row.size(), row::toString));
        int expected = result.tests().stream()
                .mapToInt(t -> Math.max(1, t.metrics().size()))
                .sum();
        assertEquals(expected + 1, rows.size());
        int value = CsvExporter.HEADER.indexOf("value");
        int index = 1;
        for (WorkloadResult test : result.tests()) {
            for (MetricResult metric : test.metrics()) {
                assertEquals(
                        metric.value(), Double.parseDouble(rows.get(index++).get(value)));
            }
            if (test.metrics().isEmpty()) {
                assertEquals(
                        test.error().message(), rows.get(index++).get(CsvExporter.HEADER.indexOf("error_message")));
            }
        }
    }

    @Test
    void openMetricsParsesStrictlyWithBaseUnitsAndEof() throws Exception {
        Map<String, OpenMetricsParser.Family> families =
                OpenMetricsParser.parse(write(new OpenMetricsExporter(), ".prom"));
        var bandwidth = families.get("benchctl_bandwidth_bytes_per_second");
        assertEquals("gauge", bandwidth.type());
        assertEquals("bytes_per_second", bandwidth.unit());
        var triad = bandwidth.samples().stream()
                .filter(s -> s.labels().get("workload").equals("memory/triad/1GiB/stride1"))
                .findFirst()
                .orElseThrow();
        assertEquals(12812.3e6, triad.value(), 1e-3);
        var roundTrip = families.get("benchctl_round_trip_seconds");
        assertEquals("summary", roundTrip.type());
        assertTrue(roundTrip.samples().stream()
                .anyMatch(s -> "0.99".equals(s.labels().get("quantile"))));
        var ok = families.get("benchctl_workload_ok").samples();
        assertEquals(result.tests().size(), ok.size());
        assertEquals(
                0.0,
                ok.stream()
                        .filter(s -> s.labels().get("workload").equals("disk/rand-write/4KiB"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertTrue(families.get("benchctl_ops_per_second").samples().stream()
                .anyMatch(s -> "1".equals(s.labels().get("thread"))));
    }

    @Test
    void theOpenMetricsCheckRejectsBrokenDocuments() {
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse("# TYPE a gauge\na 1\n"));
        assertThrows(IllegalArgumentException.class, () -> OpenMetricsParser.parse("# TYPE a gauge\nb 1\n# EOF\n"));
        assertThrows(
                IllegalArgumentException.class,
                () -> OpenMetricsParser.parse("# TYPE a gauge\n# UNIT a seconds\na 1\n# EOF\n"));
        assertThrows(
                IllegalArgumentException.class,
                () -> OpenMetricsParser.parse(
                        "# TYPE a gauge\na{x=\"1\"} 1\n# TYPE b gauge\nb 1\n# TYPE a gauge\n# EOF\n"));
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode entry : array) {
            if (entry.get("name").asString().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + name + " in " + array);
    }
}
