package io.benchctl.plugins.exporters;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One OpenMetrics metric family; its samples are written together, as the format requires. */
final class MetricFamily {

    private static final double[] QUANTILES = {0.5, 0.9, 0.95, 0.99, 0.999};

    private final String name;
    private final String type;
    private final String unit;
    private final String help;
    private final List<String> samples = new ArrayList<>();

    MetricFamily(String name, String type, String unit, String help) {
        this.name = name;
        this.type = type;
        this.unit = unit;
        this.help = help;
    }

    String name() {
        return name;
    }

    void sample(String suffix, Labels labels, double value) {
        samples.add(name + suffix + labels + " " + number(value));
    }

    /** Adds one metric of one workload to its family, creating the family on first use. */
    static void add(Map<String, MetricFamily> families, RunResult result, Reported reported) {
        MetricResult metric = reported.metric();
        Formats.BaseValue base = Formats.inBaseUnit(1, metric.unit());
        String unit = unitName(base.unit());
        String type = Formats.isLatency(metric) ? "summary" : "gauge";
        String name = familyName(metric.name(), unit);
        MetricFamily family = families.get(name);
        if (family != null && !family.type.equals(type)) {
            // The same metric name as a gauge here and a summary there: keep the unit suffix last.
            name = familyName(metric.name() + "_" + type, unit);
            family = families.get(name);
        }
        if (family == null) {
            family = new MetricFamily(name, type, unit, helpFor(metric, type));
            families.put(name, family);
        }
        Labels labels = Labels.of(result, reported.test(), metric);
        // bits are exported as bytes, the OpenMetrics base unit
        double scale = base.value() * (base.unit().startsWith("bit") ? 0.125 : 1);
        if (type.equals("gauge")) {
            family.sample("", labels, metric.value() * scale);
        } else {
            var s = metric.stats();
            double[] values = {s.p50(), s.p90(), s.p95(), s.p99(), s.p999()};
            for (int i = 0; i < QUANTILES.length; i++) {
                family.sample("", labels.with("quantile", Json.plain(QUANTILES[i])), values[i] * scale);
            }
            family.sample("_count", labels, s.n());
            family.sample("_sum", labels, s.mean() * s.n() * scale);
        }
    }

    void appendTo(StringBuilder out) {
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        if (!unit.isEmpty()) {
            out.append("# UNIT ").append(name).append(' ').append(unit).append('\n');
        }
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        samples.forEach(sample -> out.append(sample).append('\n'));
    }

    /** {@code B/s → bytes_per_second}, {@code s → seconds}, {@code ops/s → ops_per_second}. */
    static String unitName(String unit) {
        String named = unit.replace("bit/", "B/")
                .replaceAll("^bit$", "B")
                .replaceAll("^B(?=/|$)", "bytes")
                .replace("/s", "_per_second")
                .replaceAll("^s$", "seconds")
                .replace("%", "percent");
        return sanitize(named);
    }

    /** {@code benchctl_<name>_<unit>}, without doubling a unit the name already ends with. */
    static String familyName(String metricName, String unit) {
        String name = "benchctl_" + sanitize(metricName);
        return unit.isEmpty() || name.endsWith("_" + unit) ? name : name + "_" + unit;
    }

    private static String sanitize(String text) {
        String cleaned =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_");
        return cleaned.replaceAll("^_|_$", "");
    }

    private static String helpFor(MetricResult metric, String type) {
        String what = type.equals("summary") ? "latency quantiles over all observations" : "median across iterations";
        return metric.name() + " (" + metric.better().name().toLowerCase(Locale.ROOT) + " is better): " + what;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Json.plain(value);
    }
}
