#!/usr/bin/env bash
# Installs the system packages the test suite uses, where this machine allows it (root + apt):
# iproute2, gcc, maven; stress-ng (the conditions monitor's busy-host tests); postgresql (the history tests make and remove a cluster of their own);
# npm (tests/deploy installs the Kubernetes API schemas with it), shellcheck and jq (deploy
# scripts); chromium (the HTML reports are checked as a browser lays them out); and, for the
# three-host Ansible harness (tests/scripts/fleet-hosts.sh), openssh-server, ansible-core and
# tcpdump without their recommendations (ansible-core's pull in every Ansible collection).
# Tests that need a missing tool skip with the reason, so this step never fails the suite; under
# CI=true as root those tests fail instead, since this script can always install the tool there.
set -uo pipefail
needed=()
command -v ip >/dev/null 2>&1 || needed+=(iproute2)
command -v gcc >/dev/null 2>&1 || needed+=(gcc)
command -v stress-ng >/dev/null 2>&1 || needed+=(stress-ng)
command -v maven >/dev/null 2>&1 || command -v mvn >/dev/null 2>&1 || needed+=(maven)
# The history store's tests start a throw-away PostgreSQL server (Debian keeps initdb off PATH).
command -v initdb >/dev/null 2>&1 || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || needed+=(postgresql)
command -v npm >/dev/null 2>&1 || needed+=(npm)
command -v shellcheck >/dev/null 2>&1 || needed+=(shellcheck)
command -v jq >/dev/null 2>&1 || needed+=(jq)
# Debian's own build (not the snap wrapper Ubuntu ships), run headless by the HTML report tests,
# and a font so that text takes the room it takes for a reader.
[ -x /usr/bin/chromium ] || needed+=(chromium fonts-dejavu-core)
# The fleet harness: one sshd per namespace host, the playbook, and captures of failed pairs.
bare=()
[ -x /usr/sbin/sshd ] || bare+=(openssh-server)
command -v ansible-playbook >/dev/null 2>&1 || bare+=(ansible-core)
command -v tcpdump >/dev/null 2>&1 || bare+=(tcpdump)
if [ ${#needed[@]} -eq 0 ] && [ ${#bare[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test deps: missing ${needed[*]} ${bare[*]} and cannot install them here (needs root and apt-get); dependent tests will skip" >&2
    exit 0
fi
echo "test deps: installing ${needed[*]} ${bare[*]}" >&2
apt-get update -qq >/dev/null 2>&1 || true
if [ ${#needed[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null 2>&1 \
        || echo "test deps: could not install ${needed[*]}; dependent tests will skip" >&2
fi
if [ ${#bare[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${bare[@]}" >/dev/null 2>&1 \
        || echo "test deps: could not install ${bare[*]}; dependent tests will skip (or fail under CI=true as root)" >&2
fi
exit 0
