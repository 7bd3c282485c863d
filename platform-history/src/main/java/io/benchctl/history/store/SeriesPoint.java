package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One run's figure in a series.
 *
 * @param startedAt when the run started
 * @param value the headline (median across iterations; p50 for latencies); NaN if not stored
 * @param best the best iteration in the metric's direction; NaN if not stored
 * @param samples one value per measured iteration, in order; empty when read by {@link
 *     HistoryStore#allSeries}
 * @param ciLow low end of the 95 % confidence interval of the run's median; NaN if not stored
 * @param ciHigh high end of that interval; NaN if not stored
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SeriesPoint(
        String runId,
        Instant startedAt,
        double value,
        double best,
        List<Double> samples,
        double ciLow,
        double ciHigh) {}
