"""Helpers for bench/accuracy.sh.

table RAW.tsv            prints metric | reference | benchctl | ratio from lines
                         "pair<TAB>metric<TAB>reference|benchctl<TAB>value": the reference and benchctl
                         columns are medians over pairs, the ratio is the median of each pair's
                         benchctl/reference (so host drift between pairs cancels out).
results-from-json FILE   turns a benchctl result JSON into "RESULT <workload> <metric> <median> <best>
                         <average>" lines (aggregate metrics only): the driver's output format plus
                         the rate over all iterations together (n / sum of 1/sample: with one pass per
                         iteration, bytes over total time, as STREAM's average rate is computed).
"""
import json
import statistics
import sys
from collections import defaultdict


def table(path):
    values = defaultdict(dict)  # metric -> {(pair, side): value}
    order = []
    with open(path) as raw:
        for line in raw:
            pair, metric, side, value = line.rstrip("\n").split("\t")
            if metric not in values:
                order.append(metric)
            values[metric][(pair, side)] = float(value)
    print(f"| {'metric':<26} | {'reference':>11} | {'benchctl':>11} | {'ratio':>6} | pairs |")
    print(f"|{'-' * 28}|{'-' * 13}|{'-' * 13}|{'-' * 8}|-------|")
    for metric in order:
        by_pair = values[metric]
        pairs = sorted({p for p, _ in by_pair})
        complete = [p for p in pairs if (p, "reference") in by_pair and (p, "benchctl") in by_pair]
        reference = statistics.median(by_pair[(p, "reference")] for p in complete)
        benchctl = statistics.median(by_pair[(p, "benchctl")] for p in complete)
        ratio = statistics.median(by_pair[(p, "benchctl")] / by_pair[(p, "reference")] for p in complete)
        print(f"| {metric:<26} | {reference:>11.1f} | {benchctl:>11.1f} | {ratio:>6.3f} | {len(complete):>5} |")


def results_from_json(path):
    with open(path) as f:
        result = json.load(f)
    for test in result.get("tests", []):
        for metric in test.get("metrics", []):
            if metric.get("thread") is None:
                samples = [s for s in metric.get("samples", []) if s]
                average = len(samples) / sum(1 / s for s in samples) if samples else metric["value"]
                print(f"RESULT {test['id']} {metric['name']} {metric['value']:.1f} {metric['best']:.1f} {average:.1f}")


if __name__ == "__main__":
    {"table": table, "results-from-json": results_from_json}[sys.argv[1]](sys.argv[2])
