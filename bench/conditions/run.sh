#!/usr/bin/env bash
# The conditions monitor under a real busy process, and its own cost.
#
# Each trial runs the cpu module (four kernels, one thread, 4 x 500 ms iterations each) twice:
# quiet, and with `stress-ng --cpu 1` started in the middle of the run. A workload whose
# measured iterations began after stress-ng started is "affected" and should carry
# background-cpu (or steal); a quiet run should carry no condition warning. Prints one line per
# trial and a summary (summarise.py), and keeps the results under $OUT.
#
# Usage: bench/conditions/run.sh [TRIALS]   (default 10; needs stress-ng and a built dist/)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
trials=${1:-10}
launcher="$root/dist/benchctl/bin/benchctl"
out=${OUT:-$(mktemp -d /tmp/benchctl-conditions-XXXXXX)}
command -v stress-ng >/dev/null || { echo "stress-ng is not installed (scripts/install-test-deps.sh)" >&2; exit 2; }
[ -x "$launcher" ] || { echo "no $launcher: run ./benchctl --version first" >&2; exit 2; }

profile="$out/profile.toml"
cat > "$profile" <<'TOML'
[run]
warmup = "0s"
duration = "500ms"
cooldown = "0s"
iterations = 4
reporters = ["json"]
[modules.cpu]
threads = 1
kernels = ["int", "float", "hash", "primes"]
TOML

for trial in $(seq 1 "$trials"); do
    for mode in quiet stress; do
        dir="$out/$mode-$trial"
        mkdir -p "$dir"
        "$launcher" run --profile "$profile" --output "$dir" --no-tui --quiet >/dev/null 2>"$dir/err.txt" &
        run=$!
        if [ "$mode" = stress ]; then
            sleep 4  # about the start of the second workload
            date -u +%Y-%m-%dT%H:%M:%S.%NZ > "$dir/stress-started"
            stress-ng --cpu 1 --timeout 30s --quiet &
            stress=$!
        fi
        wait "$run" || echo "trial $trial $mode: benchctl exited $?" >&2
        if [ "$mode" = stress ]; then
            kill "$stress" 2>/dev/null || true
            wait "$stress" 2>/dev/null || true
        fi
    done
done
python3 "$root/bench/conditions/summarise.py" "$out"
echo "results: $out"
