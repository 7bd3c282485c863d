#!/usr/bin/env python3
"""Summarises bench/conditions/run.sh: condition warnings per trial, and the monitor's cost."""
import glob
import json
import os
import statistics
import sys

CONDITIONS = {"steal", "frequency-drop", "background-cpu", "swap", "thermal-throttled",
              "cgroup-throttled", "disk-busy", "retransmits", "saturation"}


def load(folder):
    with open(os.path.join(folder, "latest.json")) as f:
        return json.load(f)


def signal(test, name):
    for s in test["conditions"]["signals"]:
        if s["name"] == name:
            return s
    return None


def main(out):
    costs, quiet_clean, stress_caught, trials = [], 0, 0, 0
    quiet_bg, stress_bg = [], []
    print("| trial | quiet: condition warnings | quiet: others' CPUs (median) "
          "| stress: affected workloads warned | stress: others' CPUs (median, affected) |")
    print("|---|---|---|---|---|")
    for quiet_dir in sorted(glob.glob(os.path.join(out, "quiet-*")), key=lambda p: int(p.rsplit("-", 1)[1])):
        trial = quiet_dir.rsplit("-", 1)[1]
        stress_dir = os.path.join(out, "stress-" + trial)
        quiet, stress = load(quiet_dir), load(stress_dir)
        with open(os.path.join(stress_dir, "stress-started")) as f:
            started = f.read().strip()[:23]
        trials += 1
        raised = sorted({w["code"] for t in quiet["tests"] for w in t["warnings"]} & CONDITIONS)
        quiet_clean += not raised
        q_bg = [signal(t, "background-cpu")["median"] for t in quiet["tests"]]
        quiet_bg += q_bg
        affected = [t for t in stress["tests"] if t["startedAt"][:23] > started]
        warned = [t for t in affected if {w["code"] for w in t["warnings"]} & {"background-cpu", "steal"}]
        stress_caught += bool(affected) and len(warned) == len(affected)
        s_bg = [signal(t, "background-cpu")["median"] for t in affected]
        stress_bg += s_bg
        for result in (quiet, stress):
            costs += [t["conditions"]["monitorCpuPercent"] for t in result["tests"]]
        print(f"| {trial} | {', '.join(raised) or 'none'} | {statistics.median(q_bg):.2f} "
              f"| {len(warned)} of {len(affected)} | {statistics.median(s_bg) if s_bg else float('nan'):.2f} |")
    print()
    print(f"quiet runs without a condition warning: {quiet_clean} of {trials}")
    print(f"stress runs whose affected workloads all carry background-cpu or steal: {stress_caught} of {trials}")
    print(f"others' CPUs, median over workloads: quiet {statistics.median(quiet_bg):.2f}, "
          f"stress (affected) {statistics.median(stress_bg):.2f}")
    print(f"monitor CPU, % of one CPU per workload: median {statistics.median(costs):.2f}, "
          f"p90 {sorted(costs)[int(0.9 * (len(costs) - 1))]:.2f}, max {max(costs):.2f} (n={len(costs)})")


if __name__ == "__main__":
    main(sys.argv[1])
