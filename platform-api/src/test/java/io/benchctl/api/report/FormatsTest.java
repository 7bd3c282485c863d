package io.benchctl.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.api.Better;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.Stats;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12345.6   | MB/s  | 12.35 GB/s
            999.96    | MB/s  | 1.000 GB/s
            0.5       | GB/s  | 500.0 MB/s
            2048      | MiB/s | 2.000 GiB/s
            1000      | MiB/s | 1,000 MiB/s
            1500      | KB    | 1.500 MB
            12345     | ns    | 12.35 µs
            0.25      | s     | 250.0 ms
            12345     | ns/op | 12,345 ns/op
            7.2       | us    | 7.200 µs
            940000    | Mbit/s| 940.0 Gbit/s
            1234567.8 | ops/s | 1,234,568 ops/s
            0.0012345 | ops/s | 0.001235 ops/s
            42        | ''    | 42.00
            0         | MB/s  | 0 MB/s
            -12345.6  | MB/s  | -12.35 GB/s
            """)
    void scalesWithinTheUnitFamilyToFourSignificantDigits(double value, String unit, String expected) {
        assertEquals(expected, Formats.withUnit(value, unit));
    }

    @Test
    void nonFiniteValuesAreNotAvailable() {
        assertEquals("n/a ns", Formats.withUnit(Double.NaN, "ns"));
        assertEquals("n/a", Formats.percent(Double.POSITIVE_INFINITY));
    }

    @Test
    void ciIsTheLargerHalfWidthInTheScaleAndDecimalsOfTheValue() {
        MetricResult metric = metric(12345.6, 12100.0, 12560.0, 0.0321);
        assertEquals("12.35 GB/s", Formats.value(metric).toString());
        assertEquals("±0.25", Formats.ciHalfWidth(metric));
        assertEquals("3.2%", Formats.cv(metric));
    }

    @Test
    void percentHasOneDecimalAndMarksTinyValues() {
        assertEquals("0.0%", Formats.percent(0));
        assertEquals("<0.1%", Formats.percent(0.0004));
        assertEquals("12.5%", Formats.percent(0.12549));
    }

    @Test
    void sizesUseIecPrefixesWithThreeSignificantDigits() {
        assertEquals("24.0 GiB", Formats.bytes(25_769_803_776L));
        assertEquals("512 B", Formats.bytes(512));
        assertEquals("32.0 MiB", Formats.bytes(32 << 20));
        assertEquals("0 B", Formats.bytes(0));
    }

    @Test
    void hostTreesFlattenToDottedKeys() {
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("totalBytes", 25_769_803_776L);
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("hostname", "lab-01");
        host.put("memory", memory);
        host.put("flags", List.of("-Xmx1g", "-XX:+UseG1GC"));
        assertEquals(
                Map.of("hostname", "lab-01", "memory.totalBytes", "24.0 GiB", "flags", "-Xmx1g, -XX:+UseG1GC"),
                Formats.flatten(host));
        assertEquals(
                List.of("hostname", "memory.totalBytes", "flags"),
                List.copyOf(Formats.flatten(host).keySet()));
    }

    @Test
    void convertsToBaseUnitsForMachineFormats() {
        assertEquals(new Formats.BaseValue(1.23456e10, "B/s"), Formats.inBaseUnit(12345.6, "MB/s"));
        assertEquals(new Formats.BaseValue(2.0 * (1 << 30), "B/s"), Formats.inBaseUnit(2048, "MiB/s"));
        assertEquals(7.2e-6, Formats.inBaseUnit(7200, "ns").value(), 1e-18);
        assertEquals("s", Formats.inBaseUnit(7200, "ns").unit());
        assertEquals(new Formats.BaseValue(5, "ops/s"), Formats.inBaseUnit(5, "ops/s"));
    }

    @Test
    void durationsUnderAMinuteScaleAndLongerOnesReadLikeAClock() {
        assertEquals("45.0 s", Formats.duration(Duration.ofSeconds(45)));
        assertEquals("0 s", Formats.duration(Duration.ofSeconds(-3)));
        assertEquals("3m05s", Formats.duration(Duration.ofSeconds(185)));
        assertEquals("1h02m", Formats.duration(Duration.ofMinutes(62)));
    }

    @Test
    void labelsNameTheThread() {
        MetricResult perThread = new MetricResult("ops", "ops/s", Better.HIGHER, 1, 1, 1, List.of(), null, null);
        assertEquals("ops [thread 1]", Formats.label(perThread));
    }

    private static MetricResult metric(double value, double low, double high, double cv) {
        Stats stats = new Stats(5, value, 1, cv, low, value, high, high, high, high, high, low, high);
        return new MetricResult("bandwidth", "MB/s", Better.HIGHER, null, value, high, List.of(value), stats, null);
    }
}
