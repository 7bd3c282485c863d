#!/usr/bin/env bash
# Three hosts on one machine, driven by deploy/ansible as a real inventory. Each host is a network
# namespace with its own veth on a bridge (203.0.113.11-13/24, TEST-NET-3), its own hostname (UTS
# namespace), its own mount namespace in which /opt (the install prefix) and /tmp (scratch) are
# folders of its own, and its own sshd (key-based root login, bound to the host's address). h3 has
# no Java at all (/usr/lib/jvm hidden), so the playbook brings it the jlinked runtime.
#
#   1. the playbook on the fleet (ring pairs, serial 1, profile deploy/ansible/profiles/fleet-smoke.toml):
#      the fleet report has three hosts, a network cell for every planned pair, no outlier;
#   2. the install again (--tags install): nothing changes (changed=0 on every host);
#   3. the playbook's runs again (--tags run) with h2 slowed (its sshd, so everything under it, in a cgroup with a CPU
#      quota) and h3's peer port taken by something that is no benchctl peer (so the pair h2 -> h3
#      fails): fleet report --fail-on-outlier exits 3 naming h2, the failed pair's tcpdump capture
#      and peer log are beside the results; this run also removes the install (benchctl_cleanup);
#   4. nothing is left on any host: its /opt and /tmp are empty and no process but its sshd runs in it.
#
# Needs root, ip, unshare, sshd, ansible-playbook and tcpdump. Without them: SKIP (exit 0), except
# under CI=true as root, where a missing tool fails. Everything it makes (namespaces, bridge,
# cgroup, sshd processes, temp folder) is removed however it ends. Artifacts (reports, results,
# captures, logs) are copied to $FLEET_ARTIFACTS when set. Needs the distribution:
# BENCHCTL (default dist/benchctl/bin/benchctl) and dist/benchctl.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
name=tests/scripts/fleet-hosts.sh
started=$SECONDS

skip_or_fail() {
    if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
        echo "FAIL $name: $1 (CI=true as root: a missing dependency fails)" >&2
        exit 1
    fi
    echo "SKIP $name: $1"
    exit 0
}
[ "$(id -u)" = 0 ] || skip_or_fail "needs root for namespaces, cgroups and sshd (running as $(id -un))"
for tool in ip unshare ansible-playbook tcpdump ssh ssh-keygen python3; do
    command -v "$tool" >/dev/null 2>&1 || skip_or_fail "'$tool' is missing (scripts/install-test-deps.sh installs it)"
done
[ -x /usr/sbin/sshd ] || skip_or_fail "/usr/sbin/sshd is missing (openssh-server; scripts/install-test-deps.sh installs it)"

BENCHCTL=$(realpath -m "${BENCHCTL:-dist/benchctl/bin/benchctl}")
DIST=$(dirname "$(dirname "$BENCHCTL")")
TARBALL=$(dirname "$DIST")/benchctl.tar.gz
if [ ! -x "$BENCHCTL" ] || [ ! -f "$TARBALL" ]; then
    echo "FAIL $name: $BENCHCTL or $TARBALL is missing: build the distribution first" >&2
    exit 1
fi

PREFIX=p-ansible
HOSTS=(h1 h2 h3)
declare -A ADDR=([h1]=203.0.113.11 [h2]=203.0.113.12 [h3]=203.0.113.13)
BRIDGE=pansbr0
WORK=$(mktemp -d "/tmp/$PREFIX-fleet.XXXXXX")
declare -A SSHD_PID=()
FLEET_CGROUP=
declare -A HOST_CGROUP=()
BLOCKER_PID=

cleanup() {
    local status=$?
    set +e
    [ -n "$BLOCKER_PID" ] && kill "$BLOCKER_PID" 2>/dev/null
    for sock in "$WORK"/cp/*; do
        [ -S "$sock" ] && ssh -o ControlPath="$sock" -O exit x >/dev/null 2>&1
    done
    for host in "${!SSHD_PID[@]}"; do
        kill "${SSHD_PID[$host]}" 2>/dev/null
    done
    for host in "${HOSTS[@]}"; do
        # anything still in the namespace was started under its sshd, by this script's playbook
        for pid in $(ip netns pids "$PREFIX-$host" 2>/dev/null); do kill "$pid" 2>/dev/null; done
    done
    sleep 0.2
    for group in "${HOST_CGROUP[@]}" "$FLEET_CGROUP"; do
        if [ -n "$group" ] && [ -d "$group" ]; then
            rmdir "$group" 2>/dev/null || { sleep 1; rmdir "$group"; }
        fi
    done
    for host in "${HOSTS[@]}"; do ip netns del "$PREFIX-$host" 2>/dev/null; done
    ip link del "$BRIDGE" 2>/dev/null
    if [ -n "${FLEET_ARTIFACTS:-}" ]; then
        mkdir -p "$FLEET_ARTIFACTS" && cp -r "$WORK/artifacts/." "$FLEET_ARTIFACTS/" 2>/dev/null
    fi
    if [ "$status" != 0 ]; then
        for log in "$WORK"/artifacts/*.log "$WORK"/*/sshd.log; do
            [ -s "$log" ] && { echo "--- $log (last 40 lines) ---" >&2; tail -40 "$log" >&2; }
        done
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "FAIL $name: $*" >&2
    exit 1
}
say() { echo "fleet-hosts: $* ($((SECONDS - started)) s)"; }

# --- the runtime for h3, which has no Java (built once per distribution) ----------------------
RUNTIME=$(dirname "$DIST")/benchctl-runtime.tar.gz
if [ ! -f "$RUNTIME" ] || [ "$RUNTIME" -ot "$TARBALL" ]; then
    scripts/build-runtime.sh "$DIST" "$RUNTIME" 2> "$WORK/build-runtime.log" || { cat "$WORK/build-runtime.log" >&2; fail "jlink runtime"; }
fi

# --- cgroups -----------------------------------------------------------------------------------
# Each host's sshd (and so everything under it) in a cgroup of its own, the three inside one with a
# large CPU weight: on a machine whose two CPUs other builds keep busy, each host's run then gets
# about the same CPU time, so their figures agree and only the slowed host stands out. h2 is
# slowed later by a quota of 20 % of one CPU on its cgroup (v1 cpu.cfs_quota_us, v2 cpu.max).
if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
    CGROUP_V2=true
    FLEET_CGROUP=/sys/fs/cgroup/$PREFIX-fleet
    mkdir "$FLEET_CGROUP"
    echo 10000 > "$FLEET_CGROUP/cpu.weight" 2>/dev/null || skip_or_fail "the cpu controller is not enabled in /sys/fs/cgroup"
    echo +cpu > "$FLEET_CGROUP/cgroup.subtree_control"
else
    CGROUP_V2=false
    [ -d /sys/fs/cgroup/cpu ] || skip_or_fail "no cgroup cpu controller at /sys/fs/cgroup/cpu"
    FLEET_CGROUP=/sys/fs/cgroup/cpu/$PREFIX-fleet
    mkdir "$FLEET_CGROUP"
    echo 16384 > "$FLEET_CGROUP/cpu.shares"
fi

# --- three hosts ----------------------------------------------------------------------------
mkdir -p "$WORK/artifacts" "$WORK/cp" "$WORK/ansible-home"
ssh-keygen -q -t ed25519 -N '' -C "$PREFIX-controller" -f "$WORK/id_ed25519"
ip link add "$BRIDGE" type bridge
ip addr add 203.0.113.1/24 dev "$BRIDGE"
ip link set "$BRIDGE" up
for host in "${HOSTS[@]}"; do
    ns=$PREFIX-$host
    dir=$WORK/$host
    mkdir -p "$dir/opt" "$dir/tmp" "$dir/sshd"
    chmod 1777 "$dir/tmp"
    ip netns add "$ns"
    ip link add "pans-$host" type veth peer name "pans-$host-ns"
    ip link set "pans-$host-ns" netns "$ns"
    ip -n "$ns" link set "pans-$host-ns" name eth0
    ip -n "$ns" addr add "${ADDR[$host]}/24" dev eth0
    ip -n "$ns" link set lo up
    ip -n "$ns" link set eth0 up
    ip link set "pans-$host" master "$BRIDGE" up
    ssh-keygen -q -t ed25519 -N '' -f "$dir/sshd/host_key"
    cp "$WORK/id_ed25519.pub" "$dir/sshd/authorized_keys"
    cat > "$dir/sshd/sshd_config" <<CFG
ListenAddress ${ADDR[$host]}:22
HostKey /run/$PREFIX/host_key
AuthorizedKeysFile /run/$PREFIX/authorized_keys
PidFile /run/$PREFIX/sshd.pid
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxSessions 50
MaxStartups 50
Subsystem sftp internal-sftp
LogLevel ERROR
CFG
    hide_java=
    [ "$host" = h3 ] && hide_java="mount -t tmpfs -o size=1m $PREFIX-nojava /usr/lib/jvm;"
    # The host's own hostname, /opt and /tmp; sshd's files under /run (its privilege separation
    # folder /run/sshd must exist); h3 sees no JDK.
    ip netns exec "$ns" unshare --uts --mount --propagation private -- bash -c "
        hostname $host
        mount -t tmpfs -o size=8m $PREFIX-run /run && mkdir -p /run/sshd /run/$PREFIX
        mount --bind '$dir/sshd' /run/$PREFIX
        mount --bind '$dir/opt' /opt
        mount --bind '$dir/tmp' /tmp
        $hide_java
        exec /usr/sbin/sshd -D -e -f /run/$PREFIX/sshd_config" > "$dir/sshd.log" 2>&1 &
    SSHD_PID[$host]=$!
    HOST_CGROUP[$host]=$FLEET_CGROUP/$host
    mkdir "${HOST_CGROUP[$host]}"
    echo "${SSHD_PID[$host]}" > "${HOST_CGROUP[$host]}/cgroup.procs"
done
for host in "${HOSTS[@]}"; do
    for _ in $(seq 50); do
        ip netns exec "$PREFIX-$host" bash -c "exec 3<>/dev/tcp/${ADDR[$host]}/22" 2>/dev/null && break
        sleep 0.1
    done
    kill -0 "${SSHD_PID[$host]}" 2>/dev/null || fail "sshd of $host did not start: $(cat "$WORK/$host/sshd.log")"
done

cat > "$WORK/inventory.ini" <<INV
[benchctl_fleet]
h1 ansible_host=${ADDR[h1]}
h2 ansible_host=${ADDR[h2]}
h3 ansible_host=${ADDR[h3]}

[benchctl_fleet:vars]
ansible_user=root
ansible_ssh_private_key_file=$WORK/id_ed25519
ansible_ssh_common_args='-o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no -o LogLevel=ERROR'
ansible_python_interpreter=/usr/bin/python3
INV
# The controller's own Ansible files in the temp folder too (localhost tasks use the remote temp
# folder setting; the hosts' is their scratch folder, group_vars/benchctl_fleet.yml).
export ANSIBLE_HOME=$WORK/ansible-home ANSIBLE_LOCAL_TEMP=$WORK/ansible-home/tmp ANSIBLE_REMOTE_TEMP=$WORK/ansible-home/remote-tmp
export ANSIBLE_SSH_CONTROL_PATH_DIR=$WORK/cp ANSIBLE_HOST_KEY_CHECKING=False ANSIBLE_NOCOLOR=1
export ANSIBLE_RETRY_FILES_ENABLED=False ANSIBLE_DEPRECATION_WARNINGS=False
playbook() {
    ansible-playbook -i "$WORK/inventory.ini" deploy/ansible/playbook.yml \
        -e benchctl_tarball="$TARBALL" -e benchctl_runtime_tarball="$RUNTIME" \
        -e benchctl_controller_bin="$BENCHCTL" -e benchctl_profile="$root/deploy/ansible/profiles/fleet-smoke.toml" \
        -e benchctl_serial=1 -e benchctl_capture=true -e benchctl_capture_interface=eth0 "$@"
}
close_connections() {
    for sock in "$WORK"/cp/*; do
        [ -S "$sock" ] && ssh -o ControlPath="$sock" -O exit x >/dev/null 2>&1
    done
    return 0
}
say "three hosts up: ${HOSTS[*]} (sshd PIDs ${SSHD_PID[*]})"

# --- 1. the fleet -------------------------------------------------------------------------------
run1=$WORK/artifacts/run1
playbook -e benchctl_results_dir="$run1/results" -e benchctl_report_dir="$run1" > "$WORK/artifacts/run1.log" 2>&1 \
    || fail "the playbook failed on the fleet: see run1.log above"
say "playbook run 1 done"
[ -d "$WORK/h3/opt/benchctl/runtime" ] || fail "h3 (no Java) got no runtime under its prefix"
# h1 sees this machine's JDKs (but not /opt): where one of them is a Java 25, it needs no runtime
# (unless the distribution carries one, -Pjlink-runtime).
if [ ! -d "$DIST/runtime" ] && env -i PATH=/usr/bin:/bin bash -c ". scripts/find-java.sh" >/dev/null 2>&1; then
    [ ! -e "$WORK/h1/opt/benchctl/runtime" ] || fail "h1 has a Java 25 but got the runtime too"
fi
python3 - "$run1" "$run1/fleet-plan.json" <<'PY' || fail "the fleet report of run 1 is not what the fleet did"
import glob, json, sys
run, plan = sys.argv[1], json.load(open(sys.argv[2]))
report = json.load(open(f"{run}/fleet-report.json"))
hosts = sorted({h["id"] for h in report["hosts"]})
assert hosts == ["h1", "h2", "h3"], f"hosts {hosts}"
results = sorted(glob.glob(f"{run}/results/*.json"))
assert len(results) == 3, f"fetched results: {results}"
pairs = {(p["client"], p["server"]) for r in plan["rounds"] for p in r}
# A column is the peer's host id, or its address:port where a result names no peer host.
by_address = {f"203.0.113.1{i}:7420": f"h{i}" for i in (1, 2, 3)}
for matrix in report["network"]:
    cells = {(c["from"], by_address.get(c["to"], c["to"])) for c in matrix["cells"]}
    assert pairs <= cells, f"{matrix['workload']} {matrix['metric']}: planned {sorted(pairs)}, cells {sorted(cells)}"
assert report["network"], "no network matrix"
assert pairs == {("h1", "h2"), ("h2", "h3"), ("h3", "h1")}, f"a ring of three: {sorted(pairs)}"
if "plan" in report:  # fleet report --plan: planned pairs without a figure
    assert not report["plan"]["missing"], f"planned pairs without a result: {report['plan']['missing']}"
assert not report["outliers"], f"outliers on an unchanged fleet: {report['outliers']}"
html = open(f"{run}/fleet-report.html").read()
assert all(h in html for h in hosts) and "network" in html.lower()
for ext in ("txt", "md"):
    assert open(f"{run}/fleet-report.{ext}").read().count("h2") > 0
print(f"fleet-hosts: report of run 1: hosts {hosts}, pairs {sorted(pairs)} all in {len(report['network'])} network matrices, no outlier")
PY
"$BENCHCTL" fleet report "$run1/results" --fail-on-outlier > /dev/null 2>&1 || fail "fleet report --fail-on-outlier exits $? on the unchanged fleet"

# --- 2. idempotent install -------------------------------------------------------------------
playbook --tags install > "$WORK/artifacts/install-again.log" 2>&1 || fail "the install (again) failed"
grep -E '^h[123] +:' "$WORK/artifacts/install-again.log" | grep -v 'changed=0 ' \
    && fail "the second install changed something (PLAY RECAP above)"
say "install again: changed=0 on every host"

# --- 3. a slower host, and a pair whose peer port is taken -------------------------------------
close_connections   # new SSH sessions start under the slowed sshd
if [ "$CGROUP_V2" = true ]; then
    echo "20000 100000" > "${HOST_CGROUP[h2]}/cpu.max"
else
    echo 100000 > "${HOST_CGROUP[h2]}/cpu.cfs_period_us"
    echo 20000 > "${HOST_CGROUP[h2]}/cpu.cfs_quota_us"
fi
# Something that is no benchctl peer holds h3's peer port: it accepts and hangs up, so h2's run
# against h3 fails. Bounded: it exits after 300 s on its own.
ip netns exec "$PREFIX-h3" timeout 300 python3 -c "
import socket
s = socket.create_server(('${ADDR[h3]}', 7420))
while True:
    c, _ = s.accept(); c.recv(64); c.close()" &
BLOCKER_PID=$!
run2=$WORK/artifacts/run2
status=0
# --tags run: the install was checked above; the cleanup play (tagged always) removes the install too.
playbook --tags run -e benchctl_results_dir="$run2/results" -e benchctl_report_dir="$run2" -e benchctl_cleanup=true \
    > "$WORK/artifacts/run2.log" 2>&1 || status=$?
say "playbook run 2 (h2 slowed, h3's peer port taken) exited $status"
[ "$status" != 0 ] && grep -q 'network pairs failed: h2 -> h3' "$WORK/artifacts/run2.log" \
    || fail "run 2 should fail naming the pair h2 -> h3 (exit $status)"
kill "$BLOCKER_PID" 2>/dev/null; wait "$BLOCKER_PID" 2>/dev/null || true; BLOCKER_PID=
outlier=0
"$BENCHCTL" fleet report "$run2/results" --fail-on-outlier > "$run2/outliers.txt" 2> "$run2/outliers.err" || outlier=$?
[ "$outlier" = 3 ] || fail "fleet report --fail-on-outlier exited $outlier with h2 slowed: $(cat "$run2/outliers.err")"
python3 - "$run2/fleet-report.json" <<'PY' || fail "the failed pair h2 -> h3 is not listed as missing in run 2's report"
import json, sys
report = json.load(open(sys.argv[1]))
if "plan" in report:
    missing = {(p["client"], p["server"]) if isinstance(p, dict) else tuple(p) for p in report["plan"]["missing"]}
    assert ("h2", "h3") in missing, f"missing: {report['plan']['missing']}"
PY
grep -q 'h2' "$run2/outliers.err" || fail "the outlier is not h2: $(cat "$run2/outliers.err")"
grep -qE 'outlier host\(s\):.*(h1|h3)' "$run2/outliers.err" && fail "an unchanged host is an outlier: $(cat "$run2/outliers.err")"
say "h2 is the outlier: $(tr '\n' ' ' < "$run2/outliers.err")"
pcap=$run2/results/h2-to-h3.pcap
[ -s "$pcap" ] || fail "no capture of the failed pair beside the results"
packets=$(tcpdump -r "$pcap" -n 2>/dev/null | wc -l)
[ "$packets" -gt 0 ] && [ "$packets" -le 2000 ] || fail "the capture holds $packets packets"
[ -s "$run2/results/h2-to-h3.peer.log" ] || fail "no peer log of the failed pair"
for pcap_other in "$run2"/results/*.pcap; do
    [ "$pcap_other" = "$pcap" ] || fail "a capture of a pair that did not fail was kept: $pcap_other"
done
say "the failed pair's capture ($packets packets) and peer log are beside the results"

# --- 4. nothing left ---------------------------------------------------------------------------
close_connections
sleep 0.5
for host in "${HOSTS[@]}"; do
    left=$(find "$WORK/$host/opt" "$WORK/$host/tmp" -mindepth 1 2>/dev/null | head -5)
    [ -z "$left" ] || fail "left on $host: $left"
    for pid in $(ip netns pids "$PREFIX-$host"); do
        [ "$pid" = "${SSHD_PID[$host]}" ] || fail "process left on $host: $(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)"
    done
done
say "nothing left on any host (prefix, scratch, tmp, processes)"
echo "PASS $name: three sshd hosts, the playbook's fleet report, an idempotent install, the slowed host as the outlier, a failed pair's capture, no leftovers in $((SECONDS - started)) s"
