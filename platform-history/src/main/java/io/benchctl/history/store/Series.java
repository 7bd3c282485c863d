package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A series' figures, oldest run first.
 *
 * @param unit the unit of the newest point
 * @param better {@code higher} or {@code lower} (as the result spells it), of the newest point
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Series(SeriesKey key, String unit, String better, List<SeriesPoint> points) {}
