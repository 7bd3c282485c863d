#!/usr/bin/env bash
# Accuracy rows for the disk and syscall modules (docs/measurement.md): benchctl against the
# reference tools on this machine, interleaved in pairs whose order alternates (A B, B A, ...: on
# this virtual disk the second of two back-to-back runs is often slower, so neither side may always
# go first), with the median of the pairwise ratios.
#
#   disk:    fio 3.x, psync engine, 1 job, iodepth 1, same file size and block size, 1 s ramp
#            (benchctl: 1 s warmup), seq read/write 1 MiB direct, rand read/write 4 KiB direct,
#            rand read 4 KiB buffered (cold cache) and rand write 4 KiB buffered + fsync each write.
#   syscall: a C pipe ping-pong (bench/pingpong.c, compiled here into a temp folder) with both
#            threads pinned as benchctl pins them; null syscall against `perf bench syscall basic`.
#
# Usage: bench/disk-syscall.sh   env: BENCH_PAIRS=3 BENCH_SECONDS=5 BENCH_FILE_SIZE=256MiB
#                                      BENCH_DIR=/var/tmp BENCH_ROWS="<row names>" (default: all)
# Goals: throughput and IOPS >= 0.95 x fio, p50 completion latency <= 1.10 x fio,
#        pipe round-trip p50 <= 1.2 x C.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PAIRS=${BENCH_PAIRS:-3}
SECONDS_PER_RUN=${BENCH_SECONDS:-5}
FILE_SIZE=${BENCH_FILE_SIZE:-256MiB}
WARMUP_MS=1000

WORK=$(mktemp -d "${BENCH_DIR:-/var/tmp}/benchctl-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
RESULTS=$WORK/results.tsv
: >"$RESULTS"

find_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*25*/bin/java; do
    if [[ -x "$candidate" ]] && "$candidate" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
      echo "$candidate"
      return
    fi
  done
  echo "bench: no JDK 25+ found (JAVA_HOME, java on PATH, /usr/lib/jvm/*25*)" >&2
  exit 2
}

need_tools() {
  local missing=()
  command -v fio >/dev/null || missing+=(fio)
  command -v perf >/dev/null || missing+=(linux-perf)
  command -v gcc >/dev/null || missing+=(gcc)
  command -v python3 >/dev/null || missing+=(python3)
  if ((${#missing[@]})); then
    echo "bench: installing ${missing[*]}" >&2
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
  fi
}

JAVA=$(find_java)
need_tools
export JAVA_HOME=$(dirname "$(dirname "$JAVA")")

echo "bench: building the plugins' test classes" >&2
(cd "$ROOT" && mvn -q -o -pl plugins/disk,plugins/syscall -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >&2)
classpath() { echo "$ROOT/plugins/$1/target/test-classes:$ROOT/plugins/$1/target/classes:$(cat "$ROOT/plugins/$1/target/test.classpath")"; }
DISK_CP=$(classpath disk)
SYSCALL_CP=$(classpath syscall)
gcc -O2 -pthread -o "$WORK/pingpong" "$ROOT/bench/pingpong.c"
read -r PING_CPU PONG_CPU < <(python3 -c 'import os; c=sorted(os.sched_getaffinity(0)); print(c[0], c[1 % len(c)])')

# The order of the two sides in pair N: reference first in odd pairs, benchctl first in even ones.
pair_order() { if (($1 % 2)); then echo reference benchctl; else echo benchctl reference; fi; }

selected() { [[ -z "${BENCH_ROWS:-}" || " $BENCH_ROWS " == *" $1 "* ]]; }

# Deleting a test file frees its blocks at the next journal commit (with discards on a `discard`
# mount): let that and any writeback finish before the next run, so no run pays for the last.
settle() { sync; sleep 1; }

record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >>"$RESULTS"; }
result_field() { sed -n 's/^RESULT .*\b'"$1"'=\([^ ]*\).*/\1/p'; }

# --- disk ------------------------------------------------------------------------------------
# fio_disk ROW PAIR RW BS DIRECT EXTRA...: one fio run on a fresh file, docs/measurement.md's command.
# --overwrite=1: fio lays the file out by writing it, as benchctl does. Without it fio only
# fallocates, and every write then converts an unwritten extent: buffered 4 KiB writes with fsync
# ran at 3.3-3.5k IOPS instead of 6.2-6.5k on this machine, and the comparison was of file states.
fio_disk() {
  local row=$1 pair=$2 rw=$3 bs=$4 direct=$5; shift 5
  local direction=read; [[ $rw == *write* ]] && direction=write
  rm -f "$WORK/fio.dat"
  fio --name=ref --filename="$WORK/fio.dat" --size="${FILE_SIZE/iB/}" --rw="$rw" --bs="$bs" --direct="$direct" \
      --overwrite=1 \
      --ioengine=psync --iodepth=1 --numjobs=1 --iomem_align=4096 --ramp_time=1 \
      --runtime="$SECONDS_PER_RUN" --time_based --output-format=json "$@" >"$WORK/fio.json"
  rm -f "$WORK/fio.dat"
  python3 - "$WORK/fio.json" "$direction" <<'PY' | while read -r metric value; do record "$row" reference "$pair" "$metric" "$value"; done
import json, sys
job = json.load(open(sys.argv[1]))["jobs"][0][sys.argv[2]]
print("mbps", job["bw_bytes"] / 1e6)
print("iops", job["iops"])
print("p50_ns", job["clat_ns"]["percentile"]["50.000000"])
PY
}

# benchctl_disk ROW PAIR PATTERN BS DIRECT FSYNC: the disk module on the same work.
# When the CLI runs modules, this becomes:
#   dist/benchctl/bin/benchctl run --modules disk --set run.iterations=1 --set run.warmup=1s \
#     --set run.duration=${SECONDS_PER_RUN}s --set "modules.disk.patterns=[\"$pattern\"]" \
#     --set "modules.disk.block_sizes=[\"$bs\"]" --set modules.disk.file_size=\"$FILE_SIZE\" \
#     --set modules.disk.direct=\"$direct\" --set modules.disk.fsync=\"$fsync\" \
#     --set modules.disk.dir=\"$WORK\" --reporters json --output "$WORK/out"
# with the figures read from the result JSON (bandwidth, iops, read/write_latency p50).
benchctl_disk() {
  local row=$1 pair=$2 pattern=$3 bs=$4 direct=$5 fsync=$6 line
  line=$("$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DISK_CP" io.benchctl.plugins.disk.DiskBenchMain \
      "$WORK" "$pattern" "$bs" "$FILE_SIZE" "$direct" "$fsync" "$WARMUP_MS" "$SECONDS_PER_RUN" 2>/dev/null | grep '^RESULT ')
  record "$row" benchctl "$pair" mbps "$(result_field mbps <<<"$line")"
  record "$row" benchctl "$pair" iops "$(result_field iops <<<"$line")"
  record "$row" benchctl "$pair" p50_ns "$(result_field p50_ns <<<"$line")"
}

disk_row() {
  local row=$1 fio_rw=$2 bs_fio=$3 direct_fio=$4 pattern=$5 bs=$6 direct=$7 fsync=$8; shift 8
  selected "$row" || return 0
  for ((pair = 1; pair <= PAIRS; pair++)); do
    echo "bench: $row pair $pair/$PAIRS" >&2
    for side in $(pair_order "$pair"); do
      settle
      if [[ $side == reference ]]; then
        fio_disk "$row" "$pair" "$fio_rw" "$bs_fio" "$direct_fio" "$@"
      else
        benchctl_disk "$row" "$pair" "$pattern" "$bs" "$direct" "$fsync"
      fi
    done
  done
}

# --- syscall ---------------------------------------------------------------------------------
pipe_row() {
  local row=$1 payload=$2 line
  selected "$row" || return 0
  for ((pair = 1; pair <= PAIRS; pair++)); do
    echo "bench: $row pair $pair/$PAIRS" >&2
    for side in $(pair_order "$pair"); do
      if [[ $side == reference ]]; then
        line=$("$WORK/pingpong" "$payload" "$WARMUP_MS" "$SECONDS_PER_RUN" "$PING_CPU" "$PONG_CPU")
      else
        # CLI form: benchctl run --modules syscall --set 'modules.syscall.payload_bytes=[N]'
        #   --set modules.syscall.null_syscall=false (round_trip p50 and bandwidth from the JSON)
        line=$("$JAVA" --enable-native-access=ALL-UNNAMED -cp "$SYSCALL_CP" io.benchctl.plugins.syscall.SyscallBenchMain \
            pipe "$payload" "$WARMUP_MS" "$SECONDS_PER_RUN" | grep '^RESULT ')
      fi
      record "$row" "$side" "$pair" p50_ns "$(result_field p50_ns <<<"$line")"
      record "$row" "$side" "$pair" mbps "$(result_field mbps <<<"$line")"
    done
  done
}

null_row() {
  local line
  selected null-syscall || return 0
  for ((pair = 1; pair <= PAIRS; pair++)); do
    echo "bench: null syscall pair $pair/$PAIRS" >&2
    for side in $(pair_order "$pair"); do
      if [[ $side == reference ]]; then
        line=$(taskset -c "$PING_CPU" perf bench syscall basic 2>/dev/null | sed -n 's/^ *\([0-9.]*\) usecs\/op$/\1/p')
        record null-syscall reference "$pair" mean_ns "$(python3 -c "print($line * 1000)")"
      else
        line=$("$JAVA" --enable-native-access=ALL-UNNAMED -cp "$SYSCALL_CP" io.benchctl.plugins.syscall.SyscallBenchMain \
            null "$WARMUP_MS" "$SECONDS_PER_RUN" | grep '^RESULT ')
        record null-syscall benchctl "$pair" mean_ns "$(result_field mean_ns <<<"$line")"
      fi
    done
  done
}

#        row                    fio rw     bs  direct  benchctl pattern  bs     direct fsync  fio extra
disk_row seq-read-1MiB-direct   read       1M  1       seq-read          1MiB   on     off
disk_row seq-write-1MiB-direct  write      1M  1       seq-write         1MiB   on     off
disk_row rand-read-4KiB-direct  randread   4k  1       rand-read         4KiB   on     off
disk_row rand-write-4KiB-direct randwrite  4k  1       rand-write        4KiB   on     off
disk_row rand-read-4KiB-buffered randread  4k  0       rand-read         4KiB   off    off
disk_row rand-write-4KiB-buffered-fsync randwrite 4k 0  rand-write        4KiB   off    every  --fsync=1
pipe_row pipe-1B 1
pipe_row pipe-64KiB 65536
null_row

python3 - "$RESULTS" "$PAIRS" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(lambda: collections.defaultdict(dict))
order = []
for line in open(sys.argv[1]):
    row, tool, pair, metric, value = line.rstrip("\n").split("\t")
    if row not in order:
        order.append(row)
    rows[(row, metric)][tool][int(pair)] = float(value)

# (metric, which side is the reference, goal as (direction, bound))
def checks(row):
    if row.startswith("pipe-1B"):
        return [("p50_ns", "<=", 1.20)]
    if row.startswith("pipe-"):
        return [("mbps", ">=", None)]
    if row == "null-syscall":
        return [("mean_ns", "<=", None)]
    main = "mbps" if "1MiB" in row else "iops"
    return [(main, ">=", 0.95), ("p50_ns", "<=", 1.10)]

print(f"{'row':34} {'metric':8} {'reference':>12} {'benchctl':>12} {'ratio':>7}  goal           pairwise ratios")
for row in order:
    for metric, direction, bound in checks(row):
        sides = rows[(row, metric)]
        ref, ours = sides["reference"], sides["benchctl"]
        ratios = [ours[p] / ref[p] for p in sorted(ref) if p in ours and ref[p] > 0]
        ratio = statistics.median(ratios)
        goal = "(info)" if bound is None else f"{direction} {bound:.2f}  " + (
            "ok" if (ratio >= bound if direction == ">=" else ratio <= bound) else "MISSED")
        print(f"{row:34} {metric:8} {statistics.median(ref.values()):12.1f} {statistics.median(ours.values()):12.1f}"
              f" {ratio:7.3f}  {goal:14} " + " ".join(f"{r:.2f}" for r in ratios))
print(f"\nreference: fio (disk), bench/pingpong.c (pipe), perf bench syscall basic (null syscall)")
print(f"medians over {sys.argv[2]} interleaved pairs; ratio = median of the pairwise benchctl/reference ratios")
PY
