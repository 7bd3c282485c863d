#!/usr/bin/env bash
# Accuracy of the network module against reference tools on loopback, measured interleaved
# (reference, benchctl, reference, benchctl ...) because this machine is noisy (docs/measurement.md):
#   - throughput, 1 and 2 streams: iperf3 (client sends = upload; -R = download) vs the plugin,
#     and a small C bulk stream (sender and receiver threads in one process, 128 KiB writes from
#     page-aligned buffers: the shape of benchctl's loopback mode) as a second reference.
#     Debian 12's iperf3 3.12 is single-threaded, so with -P 2 both its streams share one CPU.
#   - round trip p50/p99 of 1-byte messages: a small C ping-pong (TCP_NODELAY) vs rtt/1B
# Prints one row per pair and the median ratio per metric. Goals: throughput >= 0.9 x iperf3,
# rtt p50 <= 1.2 x C.
#
# Usage: bench/network.sh [PAIRS (default 3)] [SECONDS per measurement (default 5)]
# Every measured process runs at nice -15 where allowed (root), the same for both sides, so that
# other load on a shared machine disturbs the comparison less; BENCH_NICE=0 turns that off.
# BENCHCTL_CLI=1 drives dist/benchctl/bin/benchctl instead of the Java main (once the CLI lands).
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${1:-3}
SECONDS_EACH=${2:-5}
ROOT=$PWD
WORK=$(mktemp -d /tmp/benchctl-bench-network.XXXXXX)
IPERF_PID=
cleanup() {
    [ -n "$IPERF_PID" ] && kill "$IPERF_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

. bench/lib.sh
JAVA=$(bench_find_java)
NICE=()
if [ "${BENCH_NICE:-1}" = 1 ] && nice -n -15 true 2>/dev/null; then
    NICE=(nice -n -15)
fi
export JAVA_HOME=$(dirname "$(dirname "$JAVA")")

bench_install_tools
cc -O2 -o "$WORK/tcp_pingpong" bench/tcp_pingpong.c
cc -O2 -pthread -o "$WORK/tcp_stream" bench/tcp_stream.c

if [ "${BENCHCTL_CLI:-0}" = 1 ]; then
    BENCHCTL=$ROOT/dist/benchctl/bin/benchctl
    [ -x "$BENCHCTL" ] || { echo "BENCHCTL_CLI=1 but $BENCHCTL is missing: build the dist first" >&2; exit 2; }
else
    # one invocation, so that the reactor resolves peer-protocol (and its test jar) to target/
    mvn -q -pl plugins/network -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
    CP="plugins/network/target/test-classes:plugins/network/target/classes:$(cat "$WORK/cp.txt")"
fi

# benchctl_throughput upload|download STREAMS -> Gbit/s
benchctl_throughput() {
    if [ "${BENCHCTL_CLI:-0}" = 1 ]; then
        "${NICE[@]}" "$BENCHCTL" run --modules network --no-tui --quiet --output "$WORK/out" --reporters json \
            --set run.warmup=1s --set run.duration=${SECONDS_EACH}s --set run.iterations=1 --set run.cooldown=0ms \
            --set 'modules.network.workloads=["throughput"]' --set "modules.network.streams=[$2]" >/dev/null
        python3 - "$WORK/out/latest.json" "network/throughput/$1/" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for t in doc["tests"]:
    if t["id"].startswith(sys.argv[2]):
        print(next(m["value"] for m in t["metrics"] if m["name"] == "throughput" and m.get("thread") in (None, -1)), "NA")
PY
    else
        "${NICE[@]}" "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" io.benchctl.plugins.network.NetworkBenchMain \
            throughput "$1" "$2" "$SECONDS_EACH" 2>/dev/null | awk '/gbit_per_s/ {print $2, $4}'
    fi
}

benchctl_rtt_p50() {
    if [ "${BENCHCTL_CLI:-0}" = 1 ]; then
        "${NICE[@]}" "$BENCHCTL" run --modules network --no-tui --quiet --output "$WORK/out" --reporters json \
            --set run.warmup=1s --set run.duration=${SECONDS_EACH}s --set run.iterations=1 --set run.cooldown=0ms \
            --set 'modules.network.workloads=["rtt"]' --set 'modules.network.message_bytes=[1]' >/dev/null
        python3 - "$WORK/out/latest.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
t = next(t for t in doc["tests"] if t["id"] == "network/rtt/1B")
p50 = [m["stats"]["p50"] for m in t["metrics"] if m["name"] == "round_trip"]
if not p50:
    sys.exit("network/rtt/1B has no round_trip latency metric in " + sys.argv[1])
print(round(p50[0]))
PY
    else
        "${NICE[@]}" "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" io.benchctl.plugins.network.NetworkBenchMain \
            rtt 1 "$SECONDS_EACH" 2>/dev/null | awk '/rtt_p50_ns/ {print $2}'
    fi
}

iperf3_gbit() { # upload|download STREAMS
    local reverse=""
    [ "$1" = download ] && reverse="-R"
    "${NICE[@]}" iperf3 -s -1 -B 127.0.0.1 -p 5299 >/dev/null 2>&1 &
    IPERF_PID=$!
    sleep 0.3
    "${NICE[@]}" iperf3 -c 127.0.0.1 -p 5299 -t "$SECONDS_EACH" -P "$2" $reverse -J > "$WORK/iperf.json"
    wait "$IPERF_PID" 2>/dev/null || true
    IPERF_PID=
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["end"]["sum_received"]["bits_per_second"] / 1e9)' "$WORK/iperf.json"
}

c_stream_gbit() { # STREAMS
    "${NICE[@]}" "$WORK/tcp_stream" "$1" "$SECONDS_EACH" | awk '/gbit_per_s/ {print $2, $4}'
}

c_rtt_p50() {
    "${NICE[@]}" "$WORK/tcp_pingpong" 1 "$SECONDS_EACH" | awk '{print $2}'
}

RESULTS=$WORK/rows.txt
printf '%-40s %12s %12s %7s\n' metric reference benchctl ratio
for pair in $(seq "$PAIRS"); do
    for direction in upload download; do
        for streams in 1 2; do
            ref=$(iperf3_gbit "$direction" "$streams")
            read -r ours ours_cpu <<< "$(benchctl_throughput "$direction" "$streams")"
            ratio=$(python3 -c "print(f'{$ours / $ref:.3f}')")
            printf '%-40s %12.2f %12.2f %7s\n' "throughput/$direction/$streams Gbit/s (iperf3)" "$ref" "$ours" "$ratio"
            echo "throughput/$direction/$streams-vs-iperf3 $ratio" >> "$RESULTS"
            bench_raw "tcp-$direction-$streams-stream" Gbit/s reference "$pair" "$ref" "iperf3"
            bench_raw "tcp-$direction-$streams-stream" Gbit/s benchctl "$pair" "$ours" "iperf3"
            if [ "$direction" = upload ]; then
                read -r ref ref_cpu <<< "$(c_stream_gbit "$streams")"
                ratio=$(python3 -c "print(f'{$ours / $ref:.3f}')")
                printf '%-40s %12.2f %12.2f %7s\n' "throughput/$direction/$streams Gbit/s (C)" "$ref" "$ours" "$ratio"
                echo "throughput/$direction/$streams-vs-C $ratio" >> "$RESULTS"
                bench_raw "tcp-$direction-$streams-stream-vs-C" Gbit/s reference "$pair" "$ref" "C bulk sender (bench/tcp_stream.c)"
                bench_raw "tcp-$direction-$streams-stream-vs-C" Gbit/s benchctl "$pair" "$ours" "C bulk sender (bench/tcp_stream.c)"
                if [ "$ours_cpu" != NA ]; then
                    # CPU seconds (both ends) per GB: lower is better; less disturbed by other load
                    ratio=$(python3 -c "print(f'{$ours_cpu / $ref_cpu:.3f}')")
                    printf '%-40s %12.3f %12.3f %7s\n' "upload/$streams CPU s per GB (C)" "$ref_cpu" "$ours_cpu" "$ratio"
                    echo "cpu-per-GB/upload/$streams-vs-C $ratio" >> "$RESULTS"
                fi
            fi
        done
    done
    ref=$(c_rtt_p50)
    ours=$(benchctl_rtt_p50)
    ratio=$(python3 -c "print(f'{$ours / $ref:.3f}')")
    printf '%-40s %12d %12d %7s\n' "rtt/1B p50 ns (C ping-pong)" "$ref" "$ours" "$ratio"
    echo "rtt/1B-p50 $ratio" >> "$RESULTS"
    bench_raw tcp-rtt-1B p50_ns reference "$pair" "$ref" "C ping-pong (bench/tcp_pingpong.c)"
    bench_raw tcp-rtt-1B p50_ns benchctl "$pair" "$ours" "C ping-pong (bench/tcp_pingpong.c)"
done
echo
echo "nice: ${NICE[*]:-none}; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median ratio per metric over $PAIRS interleaved pairs (goals: throughput >= 0.9, rtt <= 1.2; CPU per GB: lower is better):"
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, ratio = line.split()
    rows.setdefault(name, []).append(float(ratio))
for name, ratios in rows.items():
    print(f"  {name:28s} {statistics.median(ratios):.3f}  (pairs: {', '.join(f'{r:.3f}' for r in ratios)})")
PY
