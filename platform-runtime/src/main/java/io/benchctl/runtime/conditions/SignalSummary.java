package io.benchctl.runtime.conditions;

import io.benchctl.api.result.ConditionSignal;
import io.benchctl.runtime.platform.SignalSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each signal's samples as the result shows them: smallest, median, largest. */
final class SignalSummary {
    private SignalSummary() {}

    static List<ConditionSignal> of(List<SignalSource> sources, Map<String, List<Double>> values) {
        List<ConditionSignal> signals = new ArrayList<>();
        for (SignalSource source : sources) {
            List<Double> series = values.getOrDefault(source.name(), List.of()).stream()
                    .filter(Double::isFinite)
                    .sorted()
                    .toList();
            if (!source.available()) {
                signals.add(ConditionSignal.unavailable(
                        source.name(), source.unit(), source.source(), source.unavailableReason()));
            } else if (series.isEmpty()) {
                signals.add(ConditionSignal.unavailable(
                        source.name(),
                        source.unit(),
                        source.source(),
                        "no sample could be read during the measured iterations"));
            } else {
                signals.add(new ConditionSignal(
                        source.name(),
                        source.unit(),
                        source.source(),
                        true,
                        null,
                        series.getFirst(),
                        median(series),
                        series.getLast()));
            }
        }
        return signals;
    }

    /** The median of sorted values: the middle one, or the mean of the middle two. */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
