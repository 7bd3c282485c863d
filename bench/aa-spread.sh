#!/usr/bin/env bash
# A/A spread of headline medians: the same profile run PAIRS times in each of two ways with the
# same measured time per workload, alternating (A B A B …) so that host drift hits both alike:
#   A  rounds = 5, order = "interleaved", ITER_PER_ROUND iterations per round
#   B  rounds = 1 (sequential, grouped), 5 x ITER_PER_ROUND iterations
# For each workload, the spread is (max - min) / median of its headline medians over the runs of
# one way; the table shows both ways side by side, and the median spread over workloads.
#
#   bench/aa-spread.sh                          # cpu and memory of the default profile, 4 pairs
#   PAIRS=6 MODULES=cpu,memory,syscall bench/aa-spread.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
profile=${PROFILE:-$root/profiles/default.toml}
pairs=${PAIRS:-4}
modules=${MODULES:-cpu,memory}
per_round=${ITER_PER_ROUND:-2}
duration=${DURATION:-200ms}
"$root/benchctl" --version >/dev/null
out=$(mktemp -d /tmp/benchctl-aa-spread.XXXXXX)
trap 'rm -rf "$out"' EXIT
common=(run --profile "$profile" --modules "$modules" --no-tui --reporters json --quiet
    --set run.target_ci=off --set "run.duration=$duration" --set run.warmup=300ms)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs; $pairs pairs, modules $modules"
for i in $(seq 1 "$pairs"); do
    "$root/dist/benchctl/bin/benchctl" "${common[@]}" --output "$out/a$i" \
        --set run.rounds=5 --set run.order=interleaved --set "run.iterations=$per_round" || true
    "$root/dist/benchctl/bin/benchctl" "${common[@]}" --output "$out/b$i" \
        --set run.rounds=1 --set "run.iterations=$((5 * per_round))" || true
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$root/bench/headlines.py" medians "$out"/a*/latest.json > "$out/a.json"
python3 "$root/bench/headlines.py" medians "$out"/b*/latest.json > "$out/b.json"
python3 - "$out/a.json" "$out/b.json" <<'PY'
import json, statistics, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def spread(v):
    return (max(v) - min(v)) / statistics.median(v) * 100 if len(v) > 1 and statistics.median(v) else float("nan")
print(f"{'workload':<34} {'interleaved x5':>15} {'sequential':>11}   (spread of headline medians, %)")
sa, sb = [], []
for w in sorted(set(a) | set(b)):
    x, y = spread(a.get(w, [])), spread(b.get(w, []))
    sa.append(x); sb.append(y)
    print(f"{w:<34} {x:>14.2f}% {y:>10.2f}%")
print(f"{'median over workloads':<34} {statistics.median(sa):>14.2f}% {statistics.median(sb):>10.2f}%")
PY
