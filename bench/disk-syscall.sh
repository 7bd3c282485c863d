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
# Goals (bench/scoreboard.py): throughput and IOPS 0.98-1.05 x fio, p50 latency 0.95-1.05 x,
#        pipe round-trip p50 0.95-1.05 x C; a row whose pairs spread wider than its window is "noisy".
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

. "$ROOT/bench/lib.sh"
JAVA=$(bench_find_java)
bench_install_tools
export JAVA_HOME=$(dirname "$(dirname "$JAVA")")

echo "bench: building the plugins' test classes" >&2
(cd "$ROOT" && mvn -q -o -pl plugins/disk,plugins/syscall -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >&2)
classpath() { echo "$ROOT/plugins/$1/target/test-classes:$ROOT/plugins/$1/target/classes:$(cat "$ROOT/plugins/$1/target/test.classpath")"; }
DISK_CP=$(classpath disk)
SYSCALL_CP=$(classpath syscall)
gcc -O2 -pthread -o "$WORK/pingpong" "$ROOT/bench/pingpong.c"
read -r PING_CPU PONG_CPU < <(python3 -c 'import os; c=sorted(os.sched_getaffinity(0)); print(c[0], c[1 % len(c)])')


selected() { [[ -z "${BENCH_ROWS:-}" || " $BENCH_ROWS " == *" $1 "* ]]; }

# Deleting a test file frees its blocks at the next journal commit (with discards on a `discard`
# mount): let that and any writeback finish before the next run, so no run pays for the last.
settle() { sync; sleep 1; }

# record ROW SIDE PAIR METRIC VALUE: one figure, in bench/lib.sh's raw format, named with its reference tool.
record() {
  local tool=fio
  case $1 in pipe-*) tool="C pipe ping-pong (bench/pingpong.c)" ;; null-syscall) tool="perf bench syscall basic" ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$4" "$2" "$3" "$5" "$tool" >>"$RESULTS"
}
result_field() { sed -n 's/^RESULT .*\b'"$1"'=\([^ ]*\).*/\1/p'; }

# --- disk ------------------------------------------------------------------------------------
# fio_disk ROW PAIR RW BS DIRECT EXTRA...: one fio run on a fresh file, docs/measurement.md's command.
# The file is laid out as benchctl lays out its own: written once, sequentially in 1 MiB I/Os with
# the measured run's direct flag and stamped sectors (fio's scramble_buffers), made durable at the
# end (end_fsync; benchctl syncs its file after laying it out), and read or overwritten right after,
# as benchctl's warmup starts right after its layout. Both sides thus read a file of the same age
# and history: fio laying out its read file in its own way (buffered) gave benchctl 1.28 x fio on
# seq-read 1 MiB direct, and the age of the file, not its content, decided it (issue 18).
# Without a written layout (fallocate only) every write converts an unwritten extent: buffered
# 4 KiB writes with fsync ran at 3.3-3.5k IOPS instead of 6.2-6.5k here.
fio_disk() {
  local row=$1 pair=$2 rw=$3 bs=$4 direct=$5; shift 5
  local direction=read; [[ $rw == *write* ]] && direction=write
  rm -f "$WORK/fio.dat"
  fio --name=layout --filename="$WORK/fio.dat" --size="${FILE_SIZE/iB/}" --rw=write --bs=1M --direct="$direct" \
      --ioengine=psync --iodepth=1 --iomem_align=4096 --scramble_buffers=1 --end_fsync=1 \
      --output-format=json >/dev/null
  fio --name=ref --filename="$WORK/fio.dat" --size="${FILE_SIZE/iB/}" --rw="$rw" --bs="$bs" --direct="$direct" \
      --ioengine=psync --iodepth=1 --numjobs=1 --iomem_align=4096 --ramp_time=$((WARMUP_MS / 1000)) \
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
    for side in $(bench_pair_order "$pair"); do
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
    for side in $(bench_pair_order "$pair"); do
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
    for side in $(bench_pair_order "$pair"); do
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

[[ -n "${BENCH_RAW:-}" ]] && cat "$RESULTS" >>"$BENCH_RAW"
python3 "$ROOT/bench/scoreboard.py" "$RESULTS"
echo "reference: fio (disk), bench/pingpong.c (pipe), perf bench syscall basic (null syscall);" \
  "$PAIRS interleaved pairs; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
