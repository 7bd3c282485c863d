package io.benchctl.plugins.tui;

import io.benchctl.api.report.Formats;
import io.benchctl.api.report.Phase;
import io.benchctl.api.report.WarningGroups;
import io.benchctl.plugins.tui.RunState.Snapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * One frame of the dashboard's status area: header, whole-run bar, then a card (one line) per
 * workload, active ones first when they do not all fit, with a banner per warning code under
 * the latest warned cards. Pure: the same
 * snapshot and size give the same lines, none wider than the terminal.
 */
final class Frame {

    private static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle BOLD = AttributedStyle.BOLD;
    private static final AttributedStyle ACTIVE = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle OK = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle BAD = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle WARN = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);

    private static final int MIN_ID_COLUMNS = 28;

    private final int columns;
    private final int maxLines;
    private final boolean unicode;

    /**
     * @param maxLines the most lines the status area may take (leave room for scrollback)
     * @param unicode whether the terminal encodes block characters; else ASCII bars
     */
    Frame(int columns, int maxLines, boolean unicode) {
        this.columns = Math.max(20, columns);
        this.maxLines = Math.max(2, maxLines);
        this.unicode = unicode;
    }

    /**
     * The status lines, always the same number for a run on a given terminal size: JLine's
     * Status redraws only what changed, and a status area that grows or shrinks between frames
     * leaves stale characters behind.
     */
    List<AttributedString> render(Snapshot snapshot) {
        List<AttributedString> lines = new ArrayList<>();
        if (snapshot.plan() == null) {
            return lines;
        }
        int height = Math.min(
                maxLines, 2 + RunState.BANNER_LINES + snapshot.workloads().size());
        lines.add(header(snapshot));
        lines.add(overall(snapshot));
        int room = height - lines.size();
        int bannerRoom = Math.min(RunState.BANNER_LINES, Math.max(0, room - 1));
        List<WorkloadState> cards = chooseCards(snapshot.workloads(), room - Math.min(bannerRoom, banners(snapshot)));
        int hidden = snapshot.workloads().size() - cards.size();
        if (hidden > 0 && cards.size() > 1) {
            // The last card's line says how many are not shown.
            cards = cards.subList(0, cards.size() - 1);
        }
        List<WorkloadState> withBanners = latestWithBanners(cards, bannerRoom);
        int idColumns = idColumns(snapshot.workloads());
        for (WorkloadState card : cards) {
            lines.add(card(card, idColumns));
            if (withBanners.contains(card)) {
                card.banners().forEach(group -> lines.add(banner(group)));
            }
        }
        if (hidden > 0 && !cards.isEmpty() && snapshot.workloads().size() - cards.size() > hidden) {
            lines.add(fit(new AttributedStringBuilder().append("  … " + (hidden + 1) + " more", DIM)));
        }
        while (lines.size() < height) {
            lines.add(AttributedString.EMPTY);
        }
        return lines;
    }

    /** {@code   ⚠ noisy-host: ops_per_second, latency}, or the message when it names no metric. */
    private AttributedString banner(WarningGroups.Group group) {
        String what = group.metrics().isEmpty() ? group.messages().getFirst() : String.join(", ", group.metrics());
        return fit(new AttributedStringBuilder()
                .append("    " + (unicode ? "⚠ " : "! ") + group.code() + ": " + what, WARN));
    }

    private static int banners(Snapshot s) {
        return s.workloads().stream().mapToInt(w -> w.banners().size()).sum();
    }

    /**
     * The shown cards whose banners fit in the room, latest first: warnings pile up as a run goes
     * on, and the newest are the ones the reader has not seen yet.
     */
    private static List<WorkloadState> latestWithBanners(List<WorkloadState> cards, int room) {
        List<WorkloadState> chosen = new ArrayList<>();
        int left = room;
        for (WorkloadState card : cards.reversed()) {
            int banners = card.banners().size();
            if (banners > 0 && banners <= left) {
                chosen.add(card);
                left -= banners;
            }
        }
        return chosen;
    }

    private AttributedString header(Snapshot s) {
        Object host = s.plan().host() == null ? null : s.plan().host().get("hostname");
        String text = "benchctl " + s.plan().name() + (host == null ? "" : " on " + host) + "  elapsed "
                + Formats.duration(s.elapsed()) + "  ETA " + eta(s);
        return fit(new AttributedStringBuilder().append(text, BOLD));
    }

    private AttributedString overall(Snapshot s) {
        double done = s.workloads().stream()
                .mapToDouble(WorkloadState::overallFraction)
                .sum();
        double fraction = s.workloads().isEmpty() ? 1 : done / s.workloads().size();
        Map<Phase, Long> counts = s.workloads().stream()
                .collect(Collectors.groupingBy(w -> w.active() ? Phase.RUNNING : w.phase(), Collectors.counting()));
        String tally = String.format(
                Locale.ROOT,
                " %3.0f%%  %d done, %d failed, %d skipped, %d running, %d pending",
                fraction * 100,
                counts.getOrDefault(Phase.DONE, 0L),
                counts.getOrDefault(Phase.FAILED, 0L),
                counts.getOrDefault(Phase.SKIPPED, 0L),
                counts.getOrDefault(Phase.RUNNING, 0L),
                counts.getOrDefault(Phase.PENDING, 0L));
        return fit(
                new AttributedStringBuilder().append(bar(fraction, 24), ACTIVE).append(tally));
    }

    /**
     * One id column for the whole run, as wide as its longest id (at least 28, at most half the
     * terminal), so that states and values line up under each other.
     */
    private int idColumns(List<WorkloadState> all) {
        int longest = all.stream().mapToInt(w -> w.id().length()).max().orElse(0);
        return Math.max(MIN_ID_COLUMNS, Math.min(longest, columns / 2));
    }

    private AttributedString card(WorkloadState w, int idColumns) {
        AttributedStyle style = switch (w.phase()) {
            case PENDING -> DIM;
            case DONE -> OK;
            case FAILED -> BAD;
            case SKIPPED -> WARN;
            default -> ACTIVE;
        };
        String symbol = switch (w.phase()) {
            case PENDING -> unicode ? "·" : ".";
            case DONE -> unicode ? "✓" : "+";
            case FAILED -> unicode ? "✗" : "x";
            case SKIPPED -> "-";
            default -> unicode ? "▶" : ">";
        };
        AttributedStringBuilder line = new AttributedStringBuilder()
                .append(symbol + " ", style)
                .append(
                        String.format(
                                Locale.ROOT,
                                "%-" + idColumns + "s %-9s",
                                w.id(),
                                w.phase().name().toLowerCase(Locale.ROOT)),
                        style);
        if (w.active()) {
            line.append(' ')
                    .append(bar(w.overallFraction(), 12), ACTIVE)
                    .append(' ')
                    .append(w.message());
            w.lastValues()
                    .forEach((name, value) -> line.append("  " + name + " ").append(Formats.number(value), BOLD));
        } else if (w.result() != null) {
            line.append(' ').append(Summary.details(w.result()), style);
        }
        return fit(line);
    }

    /** Active cards first, then the next pending ones, then the finished ones; in plan order within each. */
    private static List<WorkloadState> chooseCards(List<WorkloadState> all, int room) {
        if (all.size() <= room) {
            return all;
        }
        List<WorkloadState> chosen =
                new ArrayList<>(all.stream().filter(WorkloadState::active).toList());
        all.stream().filter(w -> w.phase() == Phase.PENDING).forEach(chosen::add);
        all.stream().filter(w -> w.phase().isTerminal()).forEach(chosen::add);
        List<WorkloadState> shown = chosen.subList(0, Math.max(0, room));
        return all.stream().filter(shown::contains).toList();
    }

    private String eta(Snapshot s) {
        double done = s.workloads().stream()
                .mapToDouble(WorkloadState::overallFraction)
                .sum();
        double fraction = s.workloads().isEmpty() ? 0 : done / s.workloads().size();
        if (fraction >= 1) {
            return "0s";
        }
        // Early on trust the plan's estimate, later the pace so far: blend the two by progress.
        Duration estimate = s.plan().estimatedDuration();
        double byPace = fraction > 0 ? s.elapsed().toNanos() * (1 - fraction) / fraction : Double.NaN;
        if (estimate == null) {
            return Double.isNaN(byPace) ? "?" : Formats.duration(Duration.ofNanos((long) byPace));
        }
        double byPlan = estimate.toNanos() * (1 - fraction);
        double blended = Double.isNaN(byPace) ? byPlan : (1 - fraction) * byPlan + fraction * byPace;
        return Formats.duration(Duration.ofNanos((long) blended));
    }

    String bar(double fraction, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        String filled = (unicode ? "█" : "#").repeat(full);
        String empty = (unicode ? "░" : "-").repeat(width - full);
        return unicode ? filled + empty : "[" + filled + empty + "]";
    }

    private AttributedString fit(AttributedStringBuilder line) {
        AttributedString text = line.toAttributedString();
        return text.columnLength() <= columns ? text : text.columnSubSequence(0, columns - 1);
    }
}
