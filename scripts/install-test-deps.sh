#!/usr/bin/env bash
# Installs the system packages the test suite uses, where this machine allows it (root + apt):
# iproute2, gcc, maven, stress-ng (the conditions monitor's busy-host tests), and postgresql (the history tests make and remove a cluster of their own).
# Tests that need a missing tool skip with the reason, so this step never fails the suite.
set -uo pipefail
needed=()
command -v ip >/dev/null 2>&1 || needed+=(iproute2)
command -v gcc >/dev/null 2>&1 || needed+=(gcc)
command -v stress-ng >/dev/null 2>&1 || needed+=(stress-ng)
command -v maven >/dev/null 2>&1 || command -v mvn >/dev/null 2>&1 || needed+=(maven)
# The history store's tests start a throw-away PostgreSQL server (Debian keeps initdb off PATH).
command -v initdb >/dev/null 2>&1 || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || needed+=(postgresql)
if [ ${#needed[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test deps: missing ${needed[*]} and cannot install them here (needs root and apt-get); dependent tests will skip" >&2
    exit 0
fi
echo "test deps: installing ${needed[*]}" >&2
apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null 2>&1 \
    || echo "test deps: could not install ${needed[*]}; dependent tests will skip" >&2
exit 0
