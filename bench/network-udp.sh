#!/usr/bin/env bash
# UDP accuracy of the network module against `iperf3 -u` at the same target rate and datagram
# size, measured interleaved (iperf3 upload, iperf3 download, benchctl both; repeat) because this
# machine is noisy (docs/measurement.md):
#   - clean loopback: both should report 0 % loss; throughput received and jitter are compared;
#   - through one lossy UDP relay (the fault proxy as a standalone process, io.benchctl.peer
#     .FaultRelayMain, dropping a seeded 1 % and 5 % of datagrams of 64 bytes or more) that both
#     tools' traffic crosses: iperf3 and `benchctl peer` each run their control over TCP and their
#     data over UDP on one port number, so the relay relays that port number for both protocols
#     (TCP untouched); loss and jitter are compared.
# Prints one row per measurement and, per row, the median of the pairwise ratios benchctl/iperf3.
# Goals: loss and jitter within 10 % of iperf3 (0.9-1.1; two losses under 0.1 % both count as 0),
# throughput >= 0.95 x. A Java relay on a small machine adds loss of its own at high packet rates,
# so the relay rows run at RELAY_RATE (default 100M), the clean rows at RATE (default 1G).
#
# Usage: bench/network-udp.sh [PAIRS (default 3)] [SECONDS per measurement (default 5)]
#   RATE=1G RELAY_RATE=100M SIZE=1460 DROPS="0.01 0.05" SEED=42 PORT_BASE=25200
# Needs dist/benchctl (./benchctl builds it), iperf3 (installed from Debian if missing) and Maven
# (builds the relay from peer-protocol's test classes; it never ships).
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${1:-3}
SECONDS_EACH=${2:-5}
RATE=${RATE:-1G}
RELAY_RATE=${RELAY_RATE:-100M}
SIZE=${SIZE:-1460}
DROPS=${DROPS:-"0.01 0.05"}
SEED=${SEED:-42}
PORT_BASE=${PORT_BASE:-25200}
IPERF_PORT=$PORT_BASE PEER_PORT=$((PORT_BASE + 1)) RELAY_PORT=$((PORT_BASE + 2))
ROOT=$PWD
BENCHCTL=$ROOT/dist/benchctl/bin/benchctl
WORK=$(mktemp -d /tmp/benchctl-bench-udp.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -x "$BENCHCTL" ] || { echo "bench/network-udp.sh: $BENCHCTL is missing: run ./benchctl --version first" >&2; exit 2; }
. scripts/find-java.sh >/dev/null
export JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
if ! command -v iperf3 >/dev/null; then
    echo "installing iperf3 (Debian package)..." >&2
    apt-get install -y iperf3 >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y iperf3 >/dev/null; }
fi
mvn -q -pl peer-protocol -am test-compile >/dev/null
RELAY_CP=$ROOT/peer-protocol/target/test-classes:$ROOT/peer-protocol/target/classes
NICE=()
if [ "${BENCH_NICE:-1}" = 1 ] && nice -n -15 true 2>/dev/null; then
    NICE=(nice -n -15)
fi

# iperf3 notation (1G, 100M, 64K) -> benchctl's (1Gbit, 100Mbit, 64kbit)
bits() { sed -e 's/G$/Gbit/' -e 's/M$/Mbit/' -e 's/K$/kbit/' <<< "$1"; }

# iperf3_udp PORT upload|download RATE -> "Gbit/s loss% jitter_ms" as the receiver counted them
iperf3_udp() {
    local reverse=""
    [ "$2" = download ] && reverse="-R"
    "${NICE[@]}" iperf3 -s -1 -B 127.0.0.1 -p "$IPERF_PORT" >/dev/null 2>&1 &
    local server=$!
    sleep 0.3
    timeout $((SECONDS_EACH + 30)) "${NICE[@]}" iperf3 -c 127.0.0.1 -p "$1" -u -b "$3" -l "$SIZE" \
        -t "$SECONDS_EACH" $reverse -J > "$WORK/iperf.json" || true
    kill "$server" 2>/dev/null || true # gone already unless the client failed
    wait "$server" 2>/dev/null || true
    python3 - "$WORK/iperf.json" <<'PY'
import json, sys
try:
    end = json.load(open(sys.argv[1]))["end"]
    received = end["sum_received"]
except (ValueError, KeyError):
    received = None
if not received:
    print("nan nan nan")
else:
    print(received["bits_per_second"] / 1e9, end["sum"]["lost_percent"], end["sum"]["jitter_ms"])
PY
}

# benchctl_udp PEER|loopback RATE -> two lines "upload|download Gbit/s loss% jitter_ms"
benchctl_udp() {
    local mode=(--set modules.network.mode='"loopback"')
    [ "$1" != loopback ] && mode=(--set modules.network.mode='"peer"' --set "modules.network.peer=\"$1\"")
    timeout $((SECONDS_EACH * 2 + 60)) "${NICE[@]}" "$BENCHCTL" run --modules network --no-tui --quiet --output "$WORK/out" --reporters json \
        --set run.warmup=0s --set run.duration="${SECONDS_EACH}s" --set run.iterations=1 --set run.cooldown=0ms \
        --set 'modules.network.workloads=["udp"]' --set "modules.network.udp_rates=[\"$(bits "$2")\"]" \
        --set "modules.network.udp_datagram_bytes=[$SIZE]" "${mode[@]}" >/dev/null || true
    python3 - "$WORK/out/latest.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for t in doc["tests"]:
    if "/udp/" not in t["id"]:
        continue
    m = {x["name"]: x["value"] for x in t["metrics"] if x.get("thread") is None}
    print(t["id"].split("/")[2], m.get("throughput", "nan"), m.get("loss_percent", "nan"), m.get("jitter_ms", "nan"))
PY
}

start_relay() { # DROP -> starts the relay RELAY_PORT -> target port number IPERF or PEER (both)
    "$JAVA" -cp "$RELAY_CP" io.benchctl.peer.FaultRelayMain "$RELAY_PORT" "$2" "$1" "$SEED" 2>>"$WORK/relay.log" &
    RELAY_PID=$!
    PIDS+=("$RELAY_PID")
    sleep 1
}
stop_relay() { # the relay prints what it forwarded, dropped and swapped as it stops
    kill "$RELAY_PID" 2>/dev/null || true
    wait "$RELAY_PID" 2>/dev/null || true
    echo "  relay to port $1 at drop $2: $(tail -1 "$WORK/relay.log")"
}

ROWS=$WORK/rows.txt
printf '%-34s %-8s %12s %12s %7s\n' row metric iperf3 benchctl ratio
record() { # ROW METRIC IPERF OURS
    python3 - "$@" >> "$ROWS" <<'PY'
import sys
row, metric, ref, ours = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
if metric == "loss%" and ref < 0.1 and ours < 0.1:
    ratio = 1.0  # both lossless: a ratio of two zeros says nothing
else:
    ratio = ours / ref if ref > 0 else float("inf")
print(row, metric, ref, ours, f"{ratio:.3f}")
PY
    tail -1 "$ROWS" | awk '{printf "%-34s %-8s %12.5g %12.5g %7s\n", $1, $2, $3, $4, $5}'
}

measure() { # LABEL IPERF_TARGET_PORT BENCHCTL_TARGET RATE
    local up down
    up=$(iperf3_udp "$2" upload "$4")
    down=$(iperf3_udp "$2" download "$4")
    benchctl_udp "$3" "$4" > "$WORK/ours.txt"
    for direction in upload download; do
        local ref ours
        [ "$direction" = upload ] && ref=$up || ref=$down
        ours=$(awk -v d="$direction" '$1 == d {print $2, $3, $4}' "$WORK/ours.txt")
        read -r rg rl rj <<< "$ref"
        read -r og ol oj <<< "${ours:-nan nan nan}"
        record "$1/$direction" Gbit/s "$rg" "$og"
        record "$1/$direction" loss% "$rl" "$ol"
        record "$1/$direction" jitter "$rj" "$oj"
    done
}

"${NICE[@]}" "$BENCHCTL" peer --listen "127.0.0.1:$PEER_PORT" >"$WORK/peer.log" 2>&1 &
PIDS+=($!)
sleep 2
for pair in $(seq "$PAIRS"); do
    measure "clean-$RATE-${SIZE}B" "$IPERF_PORT" loopback "$RATE"
    for drop in $DROPS; do
        label="relay-drop$drop-$RELAY_RATE-${SIZE}B"
        start_relay "$drop" "$IPERF_PORT"
        up=$(iperf3_udp "$RELAY_PORT" upload "$RELAY_RATE")
        down=$(iperf3_udp "$RELAY_PORT" download "$RELAY_RATE")
        stop_relay "$IPERF_PORT" "$drop"
        start_relay "$drop" "$PEER_PORT"
        benchctl_udp "127.0.0.1:$RELAY_PORT" "$RELAY_RATE" > "$WORK/ours.txt"
        stop_relay "$PEER_PORT" "$drop"
        for direction in upload download; do
            [ "$direction" = upload ] && ref=$up || ref=$down
            ours=$(awk -v d="$direction" '$1 == d {print $2, $3, $4}' "$WORK/ours.txt")
            read -r rg rl rj <<< "$ref"
            read -r og ol oj <<< "${ours:-nan nan nan}"
            record "$label/$direction" loss% "$rl" "$ol"
            record "$label/$direction" jitter "$rj" "$oj"
        done
    done
done

echo
echo "median over $PAIRS pair(s) of benchctl/iperf3 (goals: Gbit/s >= 0.95; loss% and jitter 0.90-1.10)"
python3 - "$ROWS" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    row, metric, ref, ours, ratio = line.split()
    rows.setdefault((row, metric), []).append((float(ref), float(ours), float(ratio)))
for (row, metric), values in rows.items():
    ratios = [v[2] for v in values]
    median = statistics.median(ratios)
    if metric == "Gbit/s":
        verdict = "ok" if median >= 0.95 else "miss"
    else:
        verdict = "ok" if 0.9 <= median <= 1.1 else "miss"
    print(f"{row:34} {metric:7} iperf3 {statistics.median(v[0] for v in values):10.5g}"
          f"  benchctl {statistics.median(v[1] for v in values):10.5g}  ratio {median:6.3f}"
          f"  [{min(ratios):.3f}..{max(ratios):.3f}]  {verdict}")
PY
