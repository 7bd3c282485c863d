#!/usr/bin/env bash
# Two hosts on one machine: two network namespaces joined by a veth pair (198.51.100.1/24 and
# .2/24, TEST-NET-2). `benchctl peer` listens in the first with a token; `benchctl run` runs the
# network module against it from the second; the result JSON is checked. The namespaces, the
# peer and the temp folder are always removed, however the script ends.
#
# Needs root and `ip`; without them it says why and exits 0 (SKIP). Needs the distribution:
# BENCHCTL (default dist/benchctl/bin/benchctl).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" != 0 ]; then
    echo "SKIP tests/scripts/two-hosts.sh: needs root to create network namespaces (running as $(id -un))"
    exit 0
fi
if ! command -v ip >/dev/null 2>&1; then
    echo "SKIP tests/scripts/two-hosts.sh: the 'ip' command (iproute2) is missing"
    exit 0
fi
BENCHCTL=$(realpath -m "${BENCHCTL:-dist/benchctl/bin/benchctl}")
if [ ! -x "$BENCHCTL" ]; then
    echo "FAIL tests/scripts/two-hosts.sh: $BENCHCTL is missing: build the distribution first" >&2
    exit 1
fi

ID=$$
NS_PEER=benchctl-peer-$ID
NS_CLIENT=benchctl-client-$ID
VETH_PEER=bcp$ID
VETH_CLIENT=bcc$ID
PEER_IP=198.51.100.1
CLIENT_IP=198.51.100.2
PORT=7420
WORK=$(mktemp -d /tmp/benchctl-two-hosts.XXXXXX)
PEER_PID=

cleanup() {
    local status=$?
    if [ -n "$PEER_PID" ]; then
        kill "$PEER_PID" 2>/dev/null || true
        wait "$PEER_PID" 2>/dev/null || true
    fi
    # deleting a namespace also deletes its end of the veth pair, and so the pair
    ip netns del "$NS_PEER" 2>/dev/null || true
    ip netns del "$NS_CLIENT" 2>/dev/null || true
    ip link del "$VETH_PEER" 2>/dev/null || true
    if [ "$status" != 0 ] && [ -f "$WORK/peer.log" ]; then
        echo "--- peer log ---" >&2
        tail -50 "$WORK/peer.log" >&2
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ip netns add "$NS_PEER"
ip netns add "$NS_CLIENT"
ip link add "$VETH_PEER" type veth peer name "$VETH_CLIENT"
ip link set "$VETH_PEER" netns "$NS_PEER"
ip link set "$VETH_CLIENT" netns "$NS_CLIENT"
ip -n "$NS_PEER" addr add "$PEER_IP/24" dev "$VETH_PEER"
ip -n "$NS_CLIENT" addr add "$CLIENT_IP/24" dev "$VETH_CLIENT"
for ns in "$NS_PEER" "$NS_CLIENT"; do
    ip -n "$ns" link set lo up
done
ip -n "$NS_PEER" link set "$VETH_PEER" up
ip -n "$NS_CLIENT" link set "$VETH_CLIENT" up

head -c 32 /dev/urandom | base64 > "$WORK/token"
chmod 600 "$WORK/token"

ip netns exec "$NS_PEER" "$BENCHCTL" peer --listen "$PEER_IP:$PORT" --token-file "$WORK/token" \
    > "$WORK/peer.log" 2>&1 &
PEER_PID=$!

cat > "$WORK/profile.toml" <<TOML
[run]
name = "two-hosts"
warmup = "200ms"
duration = "1s"
cooldown = "0ms"
iterations = 2
reporters = ["json"]

[modules.network]
mode = "peer"
peer = "$PEER_IP:$PORT"
token_file = "$WORK/token"
streams = [1, 2]
message_bytes = [1, 65536]
retries = 6
connect_timeout = "1s"
TOML

# The client retries while the peer's JVM starts.
status=0
ip netns exec "$NS_CLIENT" "$BENCHCTL" run --profile "$WORK/profile.toml" --modules network --no-tui \
    --output "$WORK/results" --reporters json > "$WORK/run.log" 2>&1 || status=$?
if [ "$status" != 0 ]; then
    echo "FAIL tests/scripts/two-hosts.sh: benchctl run exited $status" >&2
    cat "$WORK/run.log" >&2
    exit 1
fi

python3 - "$WORK/results" <<'PY'
import glob, json, math, sys
files = [f for f in glob.glob(sys.argv[1] + "/*.json") if not f.endswith("latest.json")]
assert len(files) == 1, f"expected one result file, found {files}"
doc = json.load(open(files[0]))
tests = {t["id"]: t for t in doc["tests"]}
expected = {"network/throughput/upload/1-stream", "network/throughput/download/1-stream",
            "network/throughput/upload/2-streams", "network/throughput/download/2-streams",
            "network/rtt/1B", "network/rtt/64KiB", "network/connect"}
missing = expected - tests.keys()
assert not missing, f"missing tests: {sorted(missing)}"
for test_id in sorted(expected):
    test = tests[test_id]
    assert test["status"] == "ok", f"{test_id}: {test['status']} {test.get('error')}"
    for metric in test["metrics"]:
        value = metric["value"]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, f"{test_id}: {metric['name']}={value}"
    print(f"ok {test_id}: " + ", ".join(f"{m['name']}={m['value']:.4g} {m['unit']}" for m in test["metrics"]
                                         if m.get("thread") in (None, -1)))
PY
if ! kill -0 "$PEER_PID" 2>/dev/null; then
    echo "FAIL tests/scripts/two-hosts.sh: the peer did not survive the run" >&2
    exit 1
fi
echo "PASS tests/scripts/two-hosts.sh: benchctl run in $NS_CLIENT measured the peer in $NS_PEER over a veth pair"
