#!/usr/bin/env bash
# The harness's own weight: what benchctl costs beside the work it measures, next to fio and iperf3
# doing comparable work. Each tool runs once per row while this script samples, every
# $SAMPLE_S seconds, /proc/<pid>/status (VmRSS) and /proc/<pid>/task/*/stat (per-thread CPU) of
# the tool's processes; benchctl also logs its GC pauses (-Xlog:gc).
#     bench/footprint.sh [DIST_DIR]          # default dist/benchctl
#     SECONDS_PER_RUN=10 SAMPLE_S=0.1 bench/footprint.sh
#     JAVA_OPTS_EXTRA="-Xmn32m" bench/footprint.sh    # try other JVM options (after lib/jvm.options)
# Columns: peak RSS (highest VmRSS sampled, summed over the tool's processes), CPU of all threads
# in core-seconds and as % of one core over the run's wall time, and for benchctl the CPU of its
# non-workload threads (everything but the threads of the workload's own thread group, which
# are named benchctl-<workload id>... or were started by them: see `workload_thread` below) with
# JIT compiler threads shown apart, and the sum and longest of its GC pauses.
# A thread that starts and ends between two samples is missed (its CPU still counts in the
# process total, which /proc keeps for ended threads): the non-workload figure is then the
# process total minus the workload threads seen.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dist=$(cd "${1:-$root/dist/benchctl}" && pwd)
launcher="$dist/bin/benchctl"
run_s=${SECONDS_PER_RUN:-10}
sample_s=${SAMPLE_S:-0.1}
[ -x "$launcher" ] || { echo "footprint.sh: no distribution at $dist (run: ./benchctl --version)" >&2; exit 2; }
for tool in fio iperf3; do
    command -v "$tool" >/dev/null || { echo "footprint.sh: needs $tool (scripts/install-test-deps.sh)" >&2; exit 2; }
done
hz=$(getconf CLK_TCK)
work=$(mktemp -d "${TMPDIR:-/var/tmp}/benchctl-footprint.XXXXXX")
iperf_pid=""
cleanup() {
    [ -z "$iperf_pid" ] || kill "$iperf_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Every thread of a process and its children: "tid ticks comm" (utime+stime; comm may hold spaces).
threads_of() {
    local pid=$1 child
    for stat in /proc/"$pid"/task/*/stat; do
        [ -r "$stat" ] || continue
        awk '{ line = $0; sub(/^[0-9]+ \(/, "", line); comm = line; sub(/\) [A-Za-z] .*/, "", comm)
               sub(/.*\) /, "", line); split(line, f, " "); print $1, f[12] + f[13], comm }' "$stat" 2>/dev/null || true
    done
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do threads_of "$child"; done
}
rss_kib() {
    local pid=$1 child total
    total=$(awk '/^VmRSS:/ {print $2}' /proc/"$pid"/status 2>/dev/null || echo 0)
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do total=$((total + $(rss_kib "$child"))); done
    echo "${total:-0}"
}
process_ticks() {   # the process's own and its reaped children's CPU, ended threads included
    awk '{ line = $0; sub(/.*\) /, "", line); split(line, f, " "); print f[12] + f[13] + f[14] + f[15] }' \
        /proc/"$1"/stat 2>/dev/null || echo 0
}

# Runs "$@" in the background, samples it until it ends; leaves the last sample per thread in
# $work/threads (tid ticks comm), the peak RSS in $peak_kib, the wall time in $wall_s.
sample() {
    local start=$EPOCHREALTIME pid rss now ticks=0
    "$@" >"$work/out.log" 2>&1 &
    pid=$!
    peak_kib=0
    : >"$work/seen"
    while kill -0 "$pid" 2>/dev/null; do
        rss=$(rss_kib "$pid")
        if [ "$rss" -gt "$peak_kib" ]; then peak_kib=$rss; fi
        threads_of "$pid" | sed "s/^/$EPOCHREALTIME /" >>"$work/seen"
        now=$(process_ticks "$pid")
        if [ "$now" -gt "$ticks" ]; then ticks=$now; fi
        sleep "$sample_s"
    done
    wait "$pid" || { echo "footprint.sh: failed: $*" >&2; tail -5 "$work/out.log" >&2; exit 1; }
    wall_s=$(awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN {printf "%.2f", e - s}')
    # last sample per thread id
    awk '{ t = $1; $1 = ""; last[$2] = substr($0, 2) } END { for (t in last) print last[t] }' "$work/seen" >"$work/threads"
    total_ticks=$(awk '{ s += $2 } END { print s + 0 }' "$work/threads")
    if [ "$ticks" -gt "$total_ticks" ]; then total_ticks=$ticks; fi
}

# benchctl's workload threads: the worker (benchctl-<id>, comm cut to 15 characters) and the
# threads workloads start (memory/cpu workers, disk jobs, network streams and the loopback
# peer's threads). Everything else is the harness: main ("java"), the scheduler, reporters, the
# host probe's pool, the JVM's own threads (JIT, GC, VM thread).
WORKLOAD_THREADS='^(benchctl-|cpu-|memory-|disk-|net-|syscall-)'
HARNESS_THREADS='^benchctl-(sched|dashb|scrat)'
workload_thread() { [[ "$1" =~ $WORKLOAD_THREADS ]] && ! [[ "$1" =~ $HARNESS_THREADS ]]; }

# The harness's CPU while workloads ran: from the first sample that shows a workload thread to
# the last, the change in the non-workload threads' CPU, as % of one core over that window (the
# window holds the warmups, so the JIT compiling the workload's code counts; shown apart).
measuring_pct() {
    awk -v w="$WORKLOAD_THREADS" -v h="$HARNESS_THREADS" -v hz="$hz" '
        { t = $1; comm = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", comm)
          if (comm ~ w && comm !~ h) { busy[t] = 1 } else { harness[t] += $3; if (comm ~ /^C[12] Compiler/) jit[t] += $3 } }
        END { first = ""; for (t in busy) { if (first == "" || t < first) first = t; if (t > last) last = t }
              if (first == "" || last == first) { print "n/a"; exit }
              printf "%.2f %% (JIT %.2f %%)", 100 * (harness[last] - harness[first]) / hz / (last - first),
                  100 * (jit[last] - jit[first]) / hz / (last - first) }' "$work/seen"
}

core_pct() { awk -v t="$1" -v hz="$hz" -v w="$2" 'BEGIN {printf "%.1f", 100 * t / hz / w}'; }
secs() { awk -v t="$1" -v hz="$hz" 'BEGIN {printf "%.2f", t / hz}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }

row_reference() {   # name
    printf '| %-34s | %7s | %6s | %5s %% | %-24s | %-24s | %-13s |\n' "$1" "$(mib "$peak_kib")" "$(secs "$total_ticks")" \
        "$(core_pct "$total_ticks" "$wall_s")" "(C, no harness)" "" "(no GC)"
}
row_benchctl() {    # name gc-log
    local workload=0 jit=0 tid ticks comm pauses
    while read -r tid ticks comm; do
        if workload_thread "$comm"; then workload=$((workload + ticks))
        elif [[ "$comm" == C1\ Compiler* || "$comm" == C2\ Compiler* ]]; then jit=$((jit + ticks)); fi
    done <"$work/threads"
    local harness=$((total_ticks - workload))
    pauses=$(awk '/Pause/ { ms = $NF; sub(/ms/, "", ms); ms += 0; s += ms; if (ms > m) m = ms; n++ }
        END { printf "%d, %.1f ms, max %.1f", n, s, m }' "$2")
    printf '| %-34s | %7s | %6s | %5s %% | %5s %% (JIT %4s %%) | %-24s | %-13s |\n' "$1" "$(mib "$peak_kib")" \
        "$(secs "$total_ticks")" "$(core_pct "$total_ticks" "$wall_s")" "$(core_pct "$harness" "$wall_s")" \
        "$(core_pct "$jit" "$wall_s")" "$(measuring_pct)" "$pauses"
}
benchctl() {   # gc-log, then run arguments
    local gc=$1
    shift
    BENCHCTL_JAVA_OPTS="${JAVA_OPTS_EXTRA:-} -Xlog:gc:file=$gc" "$launcher" run --no-tui --reporters json --output "$work/results" \
        --set "run.warmup=\"1s\"" --set "run.duration=\"$((run_s / 3))s\"" --set run.iterations=3 \
        --set 'run.cooldown="0s"' "$@"
}

mkdir -p "$work/disk"
echo "benchctl footprint, $(date -u +%FT%TZ), $(nproc) CPUs, load average $(uptime | sed 's/.*load average[s]*: //')"
echo "benchctl: $launcher; JVM options: $(grep -v '^#' "$dist/lib/jvm.options" | tr '\n' ' ')"
echo
echo '| run                                | RSS MiB | CPU s  | CPU/core | harness CPU, whole run | harness CPU while measuring | GC pauses: n, sum, max |'
echo '|------------------------------------|--------:|-------:|---------:|------------------------|-----------------------------|-----------------------|'

# Disk: sequential 1 MiB direct reads of one 256 MiB file for ~run_s seconds, psync, one job.
sample fio --name=footprint --directory="$work/disk" --rw=read --bs=1M --direct=1 --ioengine=psync \
    --size=256M --time_based --runtime="$run_s" --thread
row_reference "fio seq-read 1MiB direct"
sample benchctl "$work/gc-disk.log" --modules disk --set "modules.disk.dir=\"$work/disk\"" \
    --set 'modules.disk.patterns=["seq-read"]' --set 'modules.disk.block_sizes=["1MiB"]' \
    --set 'modules.disk.file_size="256MiB"' --set 'modules.disk.direct="on"'
row_benchctl "benchctl disk seq-read 1MiB direct" "$work/gc-disk.log"

# Network: one TCP stream over loopback for ~run_s seconds; iperf3's client and server both count.
port=$((15201 + RANDOM % 500))
iperf3 -s -B 127.0.0.1 -p "$port" -1 >/dev/null 2>&1 &
iperf_pid=$!
sleep 0.3
server_start=$(process_ticks "$iperf_pid")
sample iperf3 -c 127.0.0.1 -p "$port" -t "$run_s" -P 1
server_ticks=$(( $(process_ticks "$iperf_pid") - server_start ))
server_rss=$(rss_kib "$iperf_pid")
wait "$iperf_pid" 2>/dev/null || true
iperf_pid=""
total_ticks=$((total_ticks + server_ticks))
peak_kib=$((peak_kib + server_rss))
row_reference "iperf3 1 stream loopback (c+s)"
sample benchctl "$work/gc-net.log" --modules network --set 'modules.network.streams=[1]' \
    --set 'modules.network.message_bytes=[131072]' --set 'modules.network.workloads=["throughput"]'
row_benchctl "benchctl network 1 stream loopback" "$work/gc-net.log"

# Memory: the harness beside a workload that owns a large heap (the memory module's arrays are
# double[] on the heap; copy's are native).
sample benchctl "$work/gc-mem.log" --modules memory --set 'modules.memory.kernels=["triad"]' \
    --set 'modules.memory.buffer_sizes=["1GiB"]' --set 'modules.memory.threads=1'
row_benchctl "benchctl memory triad 1GiB (heap)" "$work/gc-mem.log"
echo
echo "CPU/core: all threads' CPU / wall time, in % of one core. Harness, whole run: benchctl's threads"
echo "other than the workload's over the same wall time (start-up, JIT, reporters, GC), JIT apart."
echo "While measuring: the harness threads' CPU from the first to the last sample showing a workload thread."
