#!/usr/bin/env bash
# One scoreboard: every comparison of benchctl with its reference tool, run as interleaved pairs on
# this machine in one go, printed as ONE table (bench/scoreboard.py: row, benchctl, reference tool,
# ratio = median of the pairwise ratios, their spread, goal window, pass/miss/noisy).
#
#   bench/scoreboard.sh                        # every row, PAIRS=5
#   PAIRS=2 bench/scoreboard.sh --rows disk    # a smoke run of the disk rows
#   QUICK=1 bench/scoreboard.sh                # PAIRS=2, shorter runs: a smoke, not a verdict
#   bench/scoreboard.sh --rows memory,cpu,disk,syscall,network,udp,startup --out DIR
#
# Rows and the scripts that measure them (each also runs alone; this one only gathers their raw
# figures through BENCH_RAW, bench/lib.sh):
#   memory, cpu  bench/accuracy.sh      STREAM (same passes, avg and best) and sysbench cpu
#   disk         bench/disk-syscall.sh  fio: seq/rand, direct, buffered cold read, buffered + fsync
#   syscall      bench/disk-syscall.sh  C pipe ping-pong, perf bench syscall basic
#   network      bench/network.sh       iperf3 and the C sender, 1 and 2 streams; C ping-pong RTT
#   udp          bench/network-udp.sh   iperf3 -u, clean and through a lossy relay (when present)
#   startup      bench/startup.sh       run --dry-run and list, absolute seconds (java -version beside)
# On a fresh clone it installs the reference tools (scripts/install-bench-deps.sh), builds the
# distribution (./benchctl) and the reference C programs (into a temp folder, by each script).
# Writes DIR/scoreboard.{md,tsv,json} and DIR/raw.tsv (default DIR: a new folder under /tmp).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ALL_ROWS=memory,cpu,disk,syscall,network,udp,startup
ROWS=$ALL_ROWS
OUT=
while (($#)); do
    case $1 in
        --rows) ROWS=${2:?--rows needs a list, e.g. disk,memory}; shift 2 ;;
        --rows=*) ROWS=${1#--rows=}; shift ;;
        --out) OUT=${2:?--out needs a folder}; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "scoreboard: unknown argument $1 (--rows LIST, --out DIR)" >&2; exit 2 ;;
    esac
done
for row in ${ROWS//,/ }; do
    [[ ",$ALL_ROWS," == *",$row,"* ]] || { echo "scoreboard: unknown row group '$row' (one of $ALL_ROWS)" >&2; exit 2; }
done
wanted() { [[ ",$ROWS," == *",$1,"* ]]; }

QUICK=${QUICK:-0}
if [[ $QUICK == 1 ]]; then
    PAIRS=${PAIRS:-2}
    SECONDS_EACH=${SECONDS_EACH:-3}
else
    PAIRS=${PAIRS:-5}
    SECONDS_EACH=${SECONDS_EACH:-5}
fi
OUT=${OUT:-$(mktemp -d /tmp/benchctl-scoreboard.XXXXXX)}
mkdir -p "$OUT"
export BENCH_RAW=$OUT/raw.tsv
: >"$BENCH_RAW"
log() { echo "scoreboard: $*" >&2; }

. "$ROOT/bench/lib.sh"
bench_install_tools
JAVA=$(bench_find_java)
export JAVA_HOME=$(dirname "$(dirname "$JAVA")")
log "building the distribution (./benchctl --version)"
"$ROOT/benchctl" --version >/dev/null
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u +%Y-%m-%dT%H:%MZ)

# Each script's own table goes to DIR/<name>.log; a script that fails costs its rows, not the board.
run_part() { # NAME COMMAND...
    local name=$1; shift
    log "$name: $* ($PAIRS pairs)"
    if ! "$@" >"$OUT/$name.log" 2>&1; then
        log "$name failed (its rows are missing): see $OUT/$name.log"
        tail -5 "$OUT/$name.log" >&2
    fi
}

if wanted memory || wanted cpu; then
    parts=()
    wanted memory && parts+=(memory)
    wanted cpu && parts+=(cpu)
    run_part accuracy env PAIRS="$PAIRS" THREADS="${THREADS:-1 2}" SYSBENCH_TIME="$((SECONDS_EACH * 2))" \
        ACCURACY_ROWS="${parts[*]}" "$ROOT/bench/accuracy.sh"
fi
if wanted disk || wanted syscall; then
    disk_rows=""
    wanted disk && disk_rows+=" seq-read-1MiB-direct seq-write-1MiB-direct rand-read-4KiB-direct rand-write-4KiB-direct"
    wanted disk && disk_rows+=" rand-read-4KiB-buffered rand-write-4KiB-buffered-fsync"
    wanted syscall && disk_rows+=" pipe-1B pipe-64KiB null-syscall"
    run_part disk-syscall env BENCH_PAIRS="$PAIRS" BENCH_SECONDS="$SECONDS_EACH" BENCH_ROWS="$disk_rows" \
        "$ROOT/bench/disk-syscall.sh"
fi
if wanted network; then
    run_part network env BENCHCTL_CLI=1 "$ROOT/bench/network.sh" "$PAIRS" "$SECONDS_EACH"
fi
if wanted udp; then
    if [[ -x $ROOT/bench/network-udp.sh ]]; then
        run_part udp "$ROOT/bench/network-udp.sh" "$PAIRS" "$SECONDS_EACH"
        # Its per-measurement lines: "<row> <metric> <iperf3> <benchctl> <ratio>", pair by pair.
        awk '$2 ~ /^(Gbit\/s|loss%|jitter)$/ && NF == 5 && $3 ~ /^[0-9.e+-]+$|nan/ {
                key = $1 " " $2; pair[key]++
                printf "udp-%s\t%s\treference\t%d\t%s\tiperf3 -u\n", $1, $2, pair[key], $3
                printf "udp-%s\t%s\tbenchctl\t%d\t%s\tiperf3 -u\n", $1, $2, pair[key], $4
            }' "$OUT/udp.log" >>"$BENCH_RAW"
    else
        log "udp: bench/network-udp.sh is not in this tree; no UDP rows"
    fi
fi
if wanted startup; then
    run_part startup "$ROOT/bench/startup.sh" "$ROOT/dist/benchctl" "$((PAIRS > 10 ? PAIRS : 10))"
fi

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "benchctl scoreboard, $STARTED, $(nproc) CPUs, load average $LOAD_BEFORE before / $LOAD_AFTER after;" \
        "$PAIRS interleaved pairs per row (start-up: 10 rounds), ${SECONDS_EACH}s per measurement"
    echo
    python3 "$ROOT/bench/scoreboard.py" "$BENCH_RAW" "$OUT/scoreboard"
} | tee "$OUT/scoreboard.md"
log "table, TSV and JSON: $OUT/scoreboard.{md,tsv,json}; raw figures: $BENCH_RAW; each part's output: $OUT/*.log"
