#!/usr/bin/env bash
# Change points on real runs, by hand: 15 runs of a short CPU profile through the built launcher,
# each started in one cgroup, which allows QUOTA_US (default 25000) µs of CPU per 100 ms from the
# 11th run on; all imported into a fresh history. The cgroup has the largest CPU weight, so that
# other work on the host hardly adds noise to the runs. Prints `history check` over the 15 runs
# (expected: one change point, at run 11, a regression; exit 3) and over the first 10 (none; exit 0).
# Needs root, a cgroup cpu controller (v1 or v2) and the distribution:
#   mvn -q package -DskipTests -pl distribution -am
# WORK=folder keeps the results there (default: a new folder under /tmp).
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCHCTL=$PWD/dist/benchctl/bin/benchctl
[ -x "$BENCHCTL" ] || { echo "no $BENCHCTL: mvn -q package -DskipTests -pl distribution -am" >&2; exit 2; }
WORK=${WORK:-$(mktemp -d /tmp/benchctl-real-runs.XXXXXX)}
QUOTA_US=${QUOTA_US:-25000}
mkdir -p "$WORK/results"

if [ -f /sys/fs/cgroup/cpu/cpu.cfs_quota_us ]; then
    CGROUP=/sys/fs/cgroup/cpu/benchctl-real-runs-$$
    mkdir "$CGROUP"
    echo 262144 > "$CGROUP/cpu.shares"
    limit() { echo 100000 > "$CGROUP/cpu.cfs_period_us" && echo "$QUOTA_US" > "$CGROUP/cpu.cfs_quota_us"; }
elif grep -qw cpu /sys/fs/cgroup/cgroup.controllers 2>/dev/null; then
    CGROUP=/sys/fs/cgroup/benchctl-real-runs-$$
    mkdir "$CGROUP"
    echo 10000 > "$CGROUP/cpu.weight"
    limit() { echo "$QUOTA_US 100000" > "$CGROUP/cpu.max"; }
else
    echo "no cgroup cpu controller (v1 /sys/fs/cgroup/cpu or v2 cgroup.controllers)" >&2
    exit 2
fi
trap 'rmdir "$CGROUP"' EXIT

cat > "$WORK/history-e2e.toml" <<'EOF'
[run]
name = "history-e2e"
warmup = "100ms"
duration = "200ms"
cooldown = "0s"
iterations = 5
reporters = ["json"]

[modules.cpu]
kernels = ["int"]
threads = 1
EOF

for run in $(seq 1 15); do
    out="$WORK/results/run-$(printf %02d "$run")"
    args=(run --profile "$WORK/history-e2e.toml" --output "$out" --no-tui --quiet)
    [ "$run" -eq 11 ] && limit
    start=$(date +%s%N)
    # Into the cgroup first, then exec: the JVM is throttled from its first instruction.
    sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$CGROUP" "$BENCHCTL" "${args[@]}" > "$out.log" 2>&1
    elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'run %2d  %d.%d s%s\n' "$run" $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100)) \
        "$([ "$run" -gt 10 ] && echo '  (under the quota)')"
done

mapfile -t results < <(ls "$WORK"/results/run-*/*.json | grep -v latest.json)
"$BENCHCTL" history import --history "$WORK/all.db" --host-id real-runs "${results[@]}" 2>/dev/null
"$BENCHCTL" history import --history "$WORK/first-ten.db" --host-id real-runs "${results[@]:0:10}" 2>/dev/null
echo
echo "ops_per_second of each run (run id, median of its iterations):"
"$BENCHCTL" history export --history "$WORK/all.db" --format csv --metric 'cpu/*/ops_per_second' \
    | awk -F, 'NR > 1 && $9 == "" { printf "  %s  %.4g\n", $1, $10 }'
echo
echo "\$ benchctl history check --history all.db"
"$BENCHCTL" history check --history "$WORK/all.db" && status=0 || status=$?
echo "(exit $status)"
echo
echo "\$ benchctl history check --history first-ten.db"
"$BENCHCTL" history check --history "$WORK/first-ten.db" && status=0 || status=$?
echo "(exit $status)"
echo
echo "results and histories in $WORK"
