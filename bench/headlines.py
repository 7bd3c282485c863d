#!/usr/bin/env python3
"""Reads benchctl result files; prints each workload's headline figure and how it was measured.

headlines.py table RESULT.json       one line per workload: headline, median, CI half-width, stop, iterations
headlines.py medians RESULT.json...  workload -> headline median per file, as JSON (for aa-spread.sh)
"""
import json
import sys


def headline(test):
    m = test.get("measurement") or {}
    name = m.get("headline")
    for metric in test.get("metrics", []):
        if metric["name"] == name and metric.get("thread") is None:
            return metric
    aggregates = [x for x in test.get("metrics", []) if x.get("thread") is None]
    return aggregates[0] if aggregates else None


def half_width(metric):
    s = metric["stats"]
    median = s["p50"]
    return max(median - s["ciLow"], s["ciHigh"] - median) / abs(median) if median else float("inf")


def table(path):
    result = json.load(open(path))
    rows, worst, wide, warnings = [], 0.0, 0, {}
    for t in result["tests"]:
        for w in t.get("warnings", []):
            warnings[w["code"]] = warnings.get(w["code"], 0) + 1
        metric = headline(t)
        if metric is None:
            rows.append(f"{t['id']:<34} {t['status']}")
            continue
        hw = half_width(metric)
        worst = max(worst, hw)
        wide += hw > 0.02
        m = t.get("measurement") or {}
        warm = m.get("warmup") or {}
        rows.append(
            f"{t['id']:<34} {metric['name']:<18} {metric['value']:>14.6g} {metric['unit']:<6} "
            f"±{hw * 100:5.2f}%  stop={m.get('stop', '?'):<10} n={m.get('iterations', len(metric['samples'])):<4} "
            f"warmup={warm.get('iterations', 0)}it/{warm.get('durationNanos', 0) / 1e9:.2f}s"
            f"{'' if warm.get('steadyState') in (None, True) else ' NOT-STEADY'}")
    print("\n".join(rows))
    print(f"workloads: {len(result['tests'])}; headline CIs wider than ±2%: {wide}; widest ±{worst * 100:.2f}%")
    print("warnings: " + (", ".join(f"{k} x{v}" for k, v in sorted(warnings.items())) or "none"))


def medians(paths):
    out = {}
    for path in paths:
        for t in json.load(open(path))["tests"]:
            metric = headline(t)
            if metric is not None:
                out.setdefault(t["id"], []).append(metric["value"])
    print(json.dumps(out))


if __name__ == "__main__":
    {"table": lambda a: table(a[0]), "medians": medians}[sys.argv[1]](sys.argv[2:])
