package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.runtime.result.AtomicFiles;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;

/** Reads and writes baseline files (JSON, through the result codec's mapper). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineCodec {

    private static final String SUPPORTED_MAJOR = Baseline.SCHEMA_VERSION.split("\\.", 2)[0];

    private BaselineCodec() {}

    /** @throws BadInputException with a one-line message naming the file */
    public static Baseline read(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        Baseline baseline;
        try {
            baseline = ResultCodec.mapper().readValue(file.toFile(), Baseline.class);
        } catch (JacksonException e) {
            throw new BadInputException(file + ": not a benchctl baseline: " + e.getOriginalMessage(), e);
        }
        if (baseline == null
                || baseline.schemaVersion() == null
                || baseline.metrics() == null
                || baseline.identity() == null) {
            throw new BadInputException(file + ": not a benchctl baseline (no schemaVersion, identity or metrics)");
        }
        String major = baseline.schemaVersion().split("\\.", 2)[0];
        if (!major.equals(SUPPORTED_MAJOR)) {
            throw new BadInputException(file + ": baseline format " + baseline.schemaVersion()
                    + " is not supported (this benchctl reads " + SUPPORTED_MAJOR + ".x); export it again");
        }
        for (var entry : baseline.metrics().entrySet()) {
            BaselineMetric metric = entry.getValue();
            if (metric == null
                    || metric.samples() == null
                    || metric.samples().isEmpty()
                    || metric.runMedians() == null
                    || metric.better() == null) {
                throw new BadInputException(
                        file + ": metric " + entry.getKey() + " has no samples, runMedians or better");
            }
            Histograms.check(metric.histogram(), file.toString(), entry.getKey());
        }
        return baseline;
    }

    /**
     * Writes the baseline to a temporary file beside {@code file}, forces it to disk and renames
     * it over {@code file}: a reader (or a crash) never sees half a baseline.
     */
    public static void write(Baseline baseline, Path file) throws IOException {
        AtomicFiles.write(file.toAbsolutePath(), ResultCodec.mapper().writeValueAsBytes(baseline));
    }
}
