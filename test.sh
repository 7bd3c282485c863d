#!/usr/bin/env bash
# Runs the whole test suite: builds everything and runs every module's tests (mvn verify).
# Finds Java 25 and installs what the tests need (iproute2 for the two-host network test,
# gcc for reference programs, sshd, ansible-core and tcpdump for the fleet harness) when it can.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$root/scripts/find-java.sh"
export JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
"$root/scripts/install-test-deps.sh"
cd "$root"
mvn verify "$@"
# Two hosts in network namespaces (needs root and iproute2; prints SKIP otherwise).
BENCHCTL="$root/dist/benchctl/bin/benchctl" "$root/tests/scripts/two-hosts.sh"
# Three sshd hosts in namespaces driven by deploy/ansible (needs root; SKIP otherwise, FAIL under
# CI=true as root when a tool is missing).
BENCHCTL="$root/dist/benchctl/bin/benchctl" "$root/tests/scripts/fleet-hosts.sh"
