package io.benchctl.plugins.markdown;

import io.benchctl.api.result.ConditionFact;
import io.benchctl.api.result.ConditionSignal;
import io.benchctl.api.result.WorkloadResult;
import java.util.List;
import java.util.Locale;

/**
 * The "Host conditions" section: per workload, the signals that most often explain a skewed
 * figure as median (largest), and the facts. A signal the host does not offer reads "n/a".
 */
final class ConditionsSection {
    /** The signals shown: the rest stay in the JSON result. */
    static final List<String> SHOWN = List.of(
            "steal", "background-cpu", "run-queue", "cpu-frequency", "cgroup-throttled", "disk-other-io", "swap-out");

    private ConditionsSection() {}

    static void append(StringBuilder out, List<WorkloadResult> tests) {
        List<WorkloadResult> watched =
                tests.stream().filter(t -> t.conditions() != null).toList();
        if (watched.isEmpty()) {
            return;
        }
        out.append("## Host conditions\n\nMedian (largest) over the measured iterations; see docs/measuring.md.\n\n");
        String[] columns = new String[SHOWN.size() + 1];
        columns[0] = "workload";
        for (int i = 0; i < SHOWN.size(); i++) {
            columns[i + 1] = SHOWN.get(i) + " (" + unit(watched.getFirst(), SHOWN.get(i)) + "):";
        }
        Table table = new Table(columns);
        for (WorkloadResult test : watched) {
            String[] cells = new String[SHOWN.size() + 1];
            cells[0] = test.id();
            for (int i = 0; i < SHOWN.size(); i++) {
                cells[i + 1] = cell(test.conditions().signal(SHOWN.get(i)));
            }
            table.row(cells);
        }
        table.appendTo(out);
        out.append('\n');
        for (WorkloadResult test : watched) {
            for (ConditionFact fact : test.conditions().facts()) {
                out.append("- ")
                        .append(test.id())
                        .append(" `")
                        .append(fact.name())
                        .append("`: ")
                        .append(Table.escape(fact.value()))
                        .append('\n');
            }
        }
        out.append('\n');
    }

    private static String unit(WorkloadResult test, String name) {
        ConditionSignal signal = test.conditions().signal(name);
        return signal == null ? "" : signal.unit();
    }

    static String cell(ConditionSignal signal) {
        if (signal == null || !signal.available()) {
            return "n/a";
        }
        return number(signal.median()) + " (" + number(signal.max()) + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
