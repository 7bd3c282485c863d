#!/usr/bin/env bash
# Side-by-side accuracy harness: benchctl against the reference tools, on this machine, in one run,
# interleaved (reference, benchctl, reference, benchctl, ...), because the host's speed drifts by
# more than the differences we look for (docs/measurement.md). A pair is one reference run and the
# benchctl run of one kernel right after it, so the two see nearly the same host. Prints: metric,
# reference, benchctl, ratio = median over pairs of benchctl/reference within each pair.
#
#   bench/accuracy.sh                 # 5 pairs per row, threads 1 and 2
#   PAIRS=5 THREADS="1 2" bench/accuracy.sh
#   AFFINITY=0 bench/accuracy.sh      # neither side pinned (default: both pinned, one thread per CPU)
#
# References: Debian's sysbench (installed with apt-get when missing) and STREAM. STREAM's source
# cannot be downloaded on this network, so bench/reference/stream_reimpl.c re-implements its
# method; set STREAM_SRC=/path/to/stream.c to build McCalpin's original instead. Either is built
# into a temp folder with gcc -O3 -march=native -fopenmp and never committed.
#
# benchctl side: dist/benchctl/bin/benchctl when it exists (BENCHCTL=path overrides), else the
# in-process driver in bench/driver (same plugins, same statistics), built with Maven -Pbench.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PAIRS="${PAIRS:-5}"
THREADS="${THREADS:-1 2}"
AFFINITY="${AFFINITY:-1}"
STREAM_ARRAY_SIZE="${STREAM_ARRAY_SIZE:-80000000}"
BUFFER_BYTES=$((STREAM_ARRAY_SIZE * 8 * 3))   # benchctl's buffer_size = STREAM's three arrays
MAX_PRIME="${MAX_PRIME:-10000}"
NTIMES="${NTIMES:-10}"           # STREAM passes (the first dropped); benchctl: 1 warmup + NTIMES - 1
ACCURACY_ROWS="${ACCURACY_ROWS:-memory cpu}"
SYSBENCH_TIME="${SYSBENCH_TIME:-10}"
BENCHCTL="${BENCHCTL:-$ROOT/dist/benchctl/bin/benchctl}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/benchctl-accuracy.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
RAW="$WORK/raw.tsv"

log() { echo "accuracy: $*" >&2; }

build_stream() {
    local src="${STREAM_SRC:-$HERE/reference/stream_reimpl.c}"
    STREAM_LABEL="STREAM"
    [[ -z "${STREAM_SRC:-}" ]] && STREAM_LABEL="STREAM re-implementation (bench/reference/stream_reimpl.c)"
    gcc -O3 -march=native -fopenmp -mcmodel=medium -DSTREAM_ARRAY_SIZE="$STREAM_ARRAY_SIZE" -DNTIMES="$NTIMES" \
        "$src" -o "$WORK/stream"
}

build_driver() {
    [[ -x "$BENCHCTL" ]] && return
    log "building the in-process driver (mvn -Pbench)"
    JAVA_HOME="$(dirname "$(dirname "$JAVA")")" mvn -q -f "$ROOT/pom.xml" -Pbench -pl bench/driver -am \
        package dependency:build-classpath -DskipTests -Dmdep.outputFile="$WORK/classpath.txt" \
        >"$WORK/mvn.log" 2>&1 || { cat "$WORK/mvn.log" >&2; exit 1; }
    DRIVER_CP="$(cat "$WORK/classpath.txt"):$ROOT/bench/driver/target/bench-driver-0.1.0-SNAPSHOT.jar"
}

# The driver takes bare words (kernels=[copy]); the CLI takes TOML values, where a word inside
# a list must be quoted (kernels=["copy"]).
toml_setting() {
    local key="${1%%=*}" value="${1#*=}" item items=()
    if [[ "$value" == \[*\] ]]; then
        IFS=, read -ra parts <<< "${value:1:${#value}-2}"
        for item in "${parts[@]}"; do
            if [[ "$item" =~ ^[0-9]+$ ]]; then items+=("$item"); else items+=("\"$item\""); fi
        done
        value="[$(IFS=,; echo "${items[*]}")]"
    fi
    echo "$key=$value"
}

# Runs one benchctl module for ITERATIONS iterations of DURATION and prints
# "RESULT <workload> <metric> <median> <best> [<average>]" lines (accuracy_table.py).
run_benchctl() {
    local module="$1" warmup="$2" duration="$3" iterations="$4"; shift 4
    local affinity_flag=()
    [[ "$AFFINITY" == 0 ]] && affinity_flag=(--no-affinity)
    if [[ -x "$BENCHCTL" ]]; then
        # The CLI path: settings as --set, the result read back from the JSON reporter's file.
        local sets=() kv
        for kv in "$@"; do sets+=(--set "modules.$module.$(toml_setting "$kv")"); done
        "$BENCHCTL" run --modules "$module" "${sets[@]}" --set run.warmup="$warmup" --set run.duration="$duration" \
            --set run.iterations="$iterations" "${affinity_flag[@]}" --reporters json --output "$WORK/cli" --no-tui --quiet >&2
        python3 "$HERE/accuracy_table.py" results-from-json "$WORK/cli/latest.json"
    else
        "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DRIVER_CP" io.benchctl.bench.AccuracyDriver "$module" \
            "$@" --warmup "$warmup" --duration "$duration" --iterations "$iterations" "${affinity_flag[@]}" 2>"$WORK/driver.err" \
            || { cat "$WORK/driver.err" >&2; exit 1; }
    fi
}

omp_env() {
    if [[ "$AFFINITY" == 1 ]]; then echo "OMP_PROC_BIND=true OMP_PLACES=cores"; else echo "OMP_PROC_BIND=false"; fi
}

stream_pass() {   # pair threads kernel: records that kernel's rows
    local out
    out="$(env OMP_NUM_THREADS="$2" $(omp_env) "$WORK/stream")"
    grep -q "Solution Validates" <<<"$out" || { echo "$out" >&2; echo "accuracy: STREAM failed validation" >&2; exit 1; }
    awk -v pair="$1" -v t="$2" -v want="$3" -v n="$STREAM_ARRAY_SIZE" '
        /^(Copy|Scale|Add|Triad):/ && tolower($1) == want ":" {
            kernel = want
            arrays = (kernel == "copy" || kernel == "scale") ? 2 : 3
            printf "%s\tmemory %s t%s best MB/s\treference\t%s\n", pair, kernel, t, $2
            printf "%s\tmemory %s t%s avg MB/s\treference\t%.1f\n", pair, kernel, t, arrays * 8 * n / $3 / 1e6
        }' <<<"$out" >>"$RAW"
}

# Same statistics on both sides: STREAM times NTIMES passes and drops the first; benchctl runs one
# warmup pass and NTIMES - 1 iterations of one pass each (an iteration of 1 ms ends after its first
# pass), so "best" is the fastest of the same number of passes on both sides and "avg" is bytes
# over the same passes' total time (benchctl: n / sum of 1/rate over its one-pass iterations).
# Comparing benchctl's best of ~30 passes with STREAM's best of 9 made benchctl 1.11 x where the
# averages said 0.90 x (issue 18).
benchctl_memory_pass() {   # pair threads kernel
    run_benchctl memory 1ms 1ms "$((NTIMES - 1))" "kernels=[$3]" "buffer_sizes=[$BUFFER_BYTES]" "strides=[1]" "threads=$2" |
        awk -v pair="$1" -v t="$2" '
            $1 == "RESULT" {
                split($2, id, "/")
                average = NF >= 6 ? $6 : $4
                if ($3 == "bandwidth") printf "%s\tmemory %s t%s avg MB/s\tbenchctl\t%s\n", pair, id[2], t, average
                if ($3 == "bandwidth_best_pass") printf "%s\tmemory %s t%s best MB/s\tbenchctl\t%s\n", pair, id[2], t, $5
            }' >>"$RAW"
}

# The first N CPUs this process may use: where benchctl pins its N threads.
first_cpus() {
    python3 -c 'import os, sys; print(",".join(map(str, sorted(os.sched_getaffinity(0))[:int(sys.argv[1])])))' "$1"
}

sysbench_pass() {   # pair threads; sysbench does not pin, so with AFFINITY=1 taskset gives it benchctl's CPUs
    local eps pin=()
    [[ "$AFFINITY" == 1 ]] && pin=(taskset -c "$(first_cpus "$2")")
    eps="$("${pin[@]}" sysbench cpu --cpu-max-prime="$MAX_PRIME" --threads="$2" --time="$SYSBENCH_TIME" run |
        awk '/events per second:/ { print $4 }')"
    printf "%s\tcpu primes t%s events/s\treference\t%s\n" "$1" "$2" "$eps" >>"$RAW"
}

benchctl_primes_pass() {   # pair threads
    run_benchctl cpu 1s "$((SYSBENCH_TIME / 3))s" 3 "kernels=[primes]" "threads=$2" "max_prime=$MAX_PRIME" |
        awk -v pair="$1" -v t="$2" '$1 == "RESULT" && $3 == "ops_per_second" {
            printf "%s\tcpu primes t%s events/s\tbenchctl\t%s\n", pair, t, $4 }' >>"$RAW"
}

. "$HERE/lib.sh"
JAVA="$(bench_find_java)"
bench_install_tools
build_stream
build_driver
log "reference: $STREAM_LABEL, sysbench $(sysbench --version | awk '{print $2}'); affinity=$AFFINITY; $PAIRS pairs"
for pair in $(seq 1 "$PAIRS"); do
    for t in $THREADS; do
        log "pair $pair, $t thread(s)"
        if [[ " $ACCURACY_ROWS " == *" memory "* ]]; then
            for kernel in copy scale add triad; do
                stream_pass "$pair" "$t" "$kernel"
                benchctl_memory_pass "$pair" "$t" "$kernel"
            done
        fi
        if [[ " $ACCURACY_ROWS " == *" cpu "* ]]; then
            sysbench_pass "$pair" "$t"
            benchctl_primes_pass "$pair" "$t"
        fi
    done
done
echo "# reference: $STREAM_LABEL (array $STREAM_ARRAY_SIZE doubles, NTIMES $NTIMES) and sysbench cpu --cpu-max-prime=$MAX_PRIME --time=$SYSBENCH_TIME"
echo "# benchctl: $([[ -x "$BENCHCTL" ]] && echo "$BENCHCTL" || echo "in-process driver (bench/driver)"), memory: buffer $BUFFER_BYTES bytes, 1 warmup pass + $((NTIMES - 1)) one-pass iterations per kernel; cpu: 3 x $((SYSBENCH_TIME / 3))s; affinity=$AFFINITY; $PAIRS interleaved pairs per row"
echo "# avg: bytes / total time of the same $((NTIMES - 1)) passes on both sides; best: fastest of those passes"
python3 "$HERE/accuracy_table.py" table "$RAW"
[[ -n "${KEEP_RAW:-}" ]] && cp "$RAW" "$KEEP_RAW"
# The scoreboard's raw format (bench/lib.sh): row, metric, side, pair, value, reference tool.
if [[ -n "${BENCH_RAW:-}" ]]; then
    awk -F'\t' -v stream="$STREAM_LABEL" '{
        unit = $2; sub(/.* /, "", unit); row = $2; sub(/ [^ ]*$/, "", row)
        tool = (row ~ /^cpu/) ? "sysbench cpu" : stream
        printf "%s\t%s\t%s\t%s\t%s\t%s\n", row, unit, $3, $1, $4, tool }' "$RAW" >>"$BENCH_RAW"
fi
exit 0
