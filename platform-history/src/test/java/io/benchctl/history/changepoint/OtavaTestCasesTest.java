package io.benchctl.history.changepoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.Better;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Apache Otava's own test cases, with Otava's expected change points: tests/analysis_test.py,
 * tests/change_point_divisive_test.py (the t-test cases) and tests/tigerbeetle_test.py.
 */
class OtavaTestCasesTest {

    @Test
    void singleSeries() {
        double[] series = {
            1.02, 0.95, 0.99, 1.00, 1.12, 1.00, 1.01, 0.98, 1.01, 0.96, //
            0.50, 0.51, 0.48, 0.48, 0.55, 0.50, 0.49, 0.51, 0.50, 0.49
        };
        assertArrayEquals(new int[] {10}, indexes(series, new ChangePointOptions(10, 0.0001, 0)));
    }

    @Test
    void significanceTester() {
        double[] same = {1.00, 1.02, 1.05, 0.95, 0.98, 1.00, 1.02, 1.05, 0.95, 0.98};
        double pSame = new Segments(same).pValue(0, 5, same.length);
        assertTrue(pSame > 0.99 && pSame < 1.01, "p " + pSame);

        double[] shifted = {1.00, 1.02, 1.05, 0.95, 0.98, 0.80, 0.82, 0.85, 0.79, 0.77};
        double pShifted = new Segments(shifted).pValue(0, 5, shifted.length);
        assertTrue(pShifted > 0 && pShifted < 0.001, "p " + pShifted);
    }

    /**
     * The p-values of Otava's test (scipy's ttest_ind_from_stats fed numpy's population standard
     * deviation; a side of one run has none), as scipy 1.17 computes them.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1.00 1.02 1.05 0.95 0.98; 0.80 0.82 0.85 0.79 0.77; 8.86790705295725e-06",
                "26705 26475 26641 26806 26835 26911 26564; 23412 23547 23674 23519; 2.417567805697597e-11",
                "3 1; 2 5 4; 0.2167492055659785",
                "7; 9 10; 0.15292825159926018"
            })
    void pValuesAreScipys(String left, String right, double scipy) {
        double[] series = Arrays.stream((left + " " + right).split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        int split = left.split(" ").length;
        assertEquals(scipy, new Segments(series).pValue(0, split, series.length), scipy * 1e-9);
    }

    @Test
    void tTestDetectorOnOneWindow() {
        double[] sequence = {0.3, 2.4, 1.5, -0.9, -0.5, 99.7, 98.3, 99.1, 149.0, 149.7, 149.5, 149.1, 148.8, 150.0};
        WindowDetector detector = new WindowDetector(new Segments(sequence), sequence.length, 0.01);
        assertArrayEquals(new int[] {5, 8}, detector.detect(0, sequence.length));
    }

    /**
     * Small integer series where two splits have exactly the same Q̂: Otava (numpy's argmax) takes
     * the earlier. Expected values from Otava with window = length, max_pvalue 0.5, min_magnitude 0.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"0 0 0 1 2; 3", "0 0 1 2 0; 2 4", "0 1 1 1 2; 1 4", "0 1 2 0 0; 1 3"})
    void tiedSplitsGoToTheEarlierRun(String values, String expected) {
        double[] series = Arrays.stream(values.split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        int[] want =
                Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, indexes(series, new ChangePointOptions(series.length, 0.5, 0)));
    }

    @ParameterizedTest(name = "window {0}, maxPValue {1}, minMagnitude {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "30; 0.01; 0.05; 15 71",
                "30; 0.05; 0.05; 15 71",
                "30; 0.1; 0.05; 10 11 15 71 363",
                "30; 0.2; 0.05; 10 11 15 71",
                "30; 0.2; 0.0; 3 6 7 10 11 13 15 16 28 29 35 37 39 41 44 48 49 56 58 61 65 66 69 71 74 76 82 95 108"
                        + " 117 125 126 129 131 136 137 142 148 165 169 187 190 192 197 200 212 220 241 243 246 247"
                        + " 249 250 260 265 266 268 278 282 288 305 306 325 330 337 338 340 347 349 363",
                "30; 0.1; 0.0; 3 6 10 11 15 16 28 29 35 37 39 41 44 48 49 61 71 95 117 131 142 148 165 169 192 206"
                        + " 212 260 265 268 278 282 288 305 363",
                "30; 0.01; 0.0; 15 26 61 71 95 117 131 142 148 165 169 192 212 260",
                "30; 0.001; 0.0; 15 61 71 95 117 131 142 148 192 212 260",
                "30; 0.0001; 0.0; 71 95 117 131 142 148 192 212",
                "30; 0.00001; 0.0; 71 95 131 192 212"
            })
    void tigerBeetle(int window, double maxPValue, double minMagnitude, String expected) throws IOException {
        int[] want =
                Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, indexes(tigerBeetle(), new ChangePointOptions(window, maxPValue, minMagnitude)));
    }

    private static int[] indexes(double[] series, ChangePointOptions options) {
        return new ChangePointDetector(options)
                .analyze(series, Better.LOWER).changePoints().stream()
                        .mapToInt(ChangePoint::index)
                        .toArray();
    }

    static double[] tigerBeetle() throws IOException {
        try (InputStream in = OtavaTestCasesTest.class.getResourceAsStream("tigerbeetle.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        }
    }
}
