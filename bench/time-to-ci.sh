#!/usr/bin/env bash
# Time until every headline metric of the default profile has a 95 % CI within ±2 %: runs the
# shipped profiles/default.toml through the distribution, as a newcomer's `./benchctl` does, and
# prints the wall time, each workload's headline with its CI half-width and stop reason, and the
# warnings raised. The goal is ≤ 60 s on a 2-vCPU machine; quote the load (printed) with it.
#
#   bench/time-to-ci.sh                 # the default profile
#   PROFILE=profiles/lab.toml bench/time-to-ci.sh
#   RUNS=3 bench/time-to-ci.sh          # several runs in a row
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
profile=${PROFILE:-$root/profiles/default.toml}
runs=${RUNS:-1}
"$root/benchctl" --version >/dev/null   # builds the distribution if needed, outside the timing
out=$(mktemp -d /tmp/benchctl-time-to-ci.XXXXXX)
trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$runs"); do
    echo "== run $i: $(basename "$profile"), load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
    start=$(date +%s.%N)
    "$root/dist/benchctl/bin/benchctl" run --profile "$profile" --output "$out/$i" --no-tui \
        --reporters json --quiet || echo "(benchctl exited $?)"
    end=$(date +%s.%N)
    echo "wall time: $(python3 -c "print(f'{$end - $start:.1f}')") s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 "$root/bench/headlines.py" table "$out/$i/latest.json"
done
