"""The scoreboard's table, from the raw figures the bench/ scripts append (bench/lib.sh, bench_raw):

    row<TAB>metric<TAB>side<TAB>pair<TAB>value[<TAB>reference tool]     side: benchctl | reference

python3 bench/scoreboard.py RAW.tsv [OUT_PREFIX]
    prints one Markdown table; with OUT_PREFIX also writes OUT_PREFIX.tsv and OUT_PREFIX.json.

Every figure comes from RAW: per row, the ratio is the median of the pairwise ratios
benchctl/reference (host drift between pairs cancels out), the spread is their min-max, and the
verdict compares both with the row's goal window (adr/0025-scoreboard.md):
    miss   every pair outside the window (the noise cannot explain it)
    noisy  the pairs spread wider than the window: the run cannot tell
    pass   median inside the window ("pass*" with fewer than 5 pairs: indicative only)
    miss   median outside the window
Absolute rows (start-up) compare benchctl's median seconds with a limit; their ratio to the
reference command is shown for information.
"""
import json
import statistics
import sys
from collections import defaultdict

THROUGHPUT = ("throughput", 0.98, 1.05)
LATENCY = ("latency p50", 0.95, 1.05)
UDP = ("udp loss/jitter", 0.90, 1.10)
UDP_THROUGHPUT = ("udp throughput", 0.95, 1.05)
STARTUP_LIMIT_S = 0.4
MIN_PAIRS = 5

# Metrics that are the row's headline; the others a script records are left out of the table.
HEADLINE = {
    "mbps": THROUGHPUT, "iops": THROUGHPUT, "MB/s": THROUGHPUT, "events/s": THROUGHPUT,
    "Gbit/s": THROUGHPUT, "p50_ns": LATENCY, "mean_ns": LATENCY, "loss%": UDP, "jitter": UDP,
}


def headline(row, metric):
    """Which (row, metric) pairs the table shows: 1 MiB disk rows by MB/s, 4 KiB ones by IOPS."""
    if metric == "iops" and "1MiB" in row or metric == "mbps" and "4KiB" in row:
        return False
    if row.startswith("pipe-1B") and metric == "mbps" or row.startswith("pipe-64KiB") and metric == "p50_ns":
        return False
    return metric in HEADLINE or metric == "seconds"


def load(path):
    values = defaultdict(lambda: defaultdict(dict))  # (row, metric) -> side -> pair -> value
    tools, order = {}, []
    with open(path) as raw:
        for line in raw:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 5:
                continue
            row, metric, side, pair, value = fields[:5]
            if len(fields) > 5 and fields[5]:
                tools[row] = fields[5]
            key = (row, metric)
            if key not in values:
                order.append(key)  # a row with no figure at all still shows, as "no data"
            try:
                number = float(value)
            except ValueError:
                continue  # a run that produced no figure: the pair is incomplete
            if number == number:  # not nan
                values[key][side][pair] = number
    return values, tools, order


def verdict(ratios, low, high):
    if not ratios:
        return "no data"
    if max(ratios) < low or min(ratios) > high:
        return "miss"
    if max(ratios) - min(ratios) > high - low:
        return "noisy"
    if low <= statistics.median(ratios) <= high:
        return "pass" if len(ratios) >= MIN_PAIRS else "pass*"
    return "miss"


def score(values, tools, order):
    table = []
    for row, metric in order:
        if not headline(row, metric):
            continue
        sides = values[(row, metric)]
        ours, ref = sides.get("benchctl", {}), sides.get("reference", {})
        pairs = sorted(p for p in ours if p in ref and ref[p] > 0)
        ratios = [ours[p] / ref[p] for p in pairs]
        entry = {
            "row": f"{row} {metric}",
            "reference_tool": tools.get(row, "reference"),
            "pairs": len(pairs),
            "benchctl": statistics.median(ours[p] for p in pairs) if pairs else None,
            "reference": statistics.median(ref[p] for p in pairs) if pairs else None,
            "ratio": statistics.median(ratios) if ratios else None,
            "ratio_min": min(ratios) if ratios else None,
            "ratio_max": max(ratios) if ratios else None,
        }
        if metric == "seconds":
            entry["goal"] = f"<= {STARTUP_LIMIT_S} s"
            entry["verdict"] = (
                "no data" if not pairs else "pass" if entry["benchctl"] <= STARTUP_LIMIT_S else "miss")
        elif metric == "loss%" and pairs and max(max(ours[p], ref[p]) for p in pairs) < 0.1:
            entry["goal"] = "both < 0.1 %"
            entry["verdict"] = "pass"  # two losses under 0.1 % are both none: their ratio says nothing
        else:
            kind, low, high = UDP_THROUGHPUT if row.startswith("udp-") and metric == "Gbit/s" else HEADLINE[metric]
            entry["goal"] = f"{low:.2f}-{high:.2f} ({kind})"
            entry["verdict"] = verdict(ratios, low, high)
        table.append(entry)
    return table


def number(value, digits=1):
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if abs(value) >= 1 or value == 0 else f"{value:.4g}"


def markdown(table):
    lines = ["| row | benchctl | reference tool | reference | ratio | spread (pairs) | goal | verdict |",
             "|---|---:|---|---:|---:|---|---|---|"]
    for e in table:
        spread = "-" if e["ratio_min"] is None else f"{e['ratio_min']:.3f}-{e['ratio_max']:.3f} ({e['pairs']})"
        ratio = "-" if e["ratio"] is None else f"{e['ratio']:.3f}"
        lines.append(f"| {e['row']} | {number(e['benchctl'], 3 if 'seconds' in e['row'] else 1)} "
                     f"| {e['reference_tool']} | {number(e['reference'], 3 if 'seconds' in e['row'] else 1)} "
                     f"| {ratio} | {spread} | {e['goal']} | {e['verdict']} |")
    return "\n".join(lines)


def main():
    values, tools, order = load(sys.argv[1])
    table = score(values, tools, order)
    print(markdown(table))
    if any(e["verdict"] == "pass*" for e in table):
        print(f"\npass*: median inside the window over fewer than {MIN_PAIRS} pairs (indicative only)")
    if len(sys.argv) > 2:
        prefix = sys.argv[2]
        with open(prefix + ".json", "w") as out:
            json.dump(table, out, indent=2)
        with open(prefix + ".tsv", "w") as out:
            columns = list(table[0]) if table else []
            out.write("\t".join(columns) + "\n")
            for e in table:
                out.write("\t".join("" if e[c] is None else str(e[c]) for c in columns) + "\n")


if __name__ == "__main__":
    main()
