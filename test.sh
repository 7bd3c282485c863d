#!/usr/bin/env bash
# Runs the whole test suite: builds everything and runs every module's tests (mvn verify).
# Finds Java 25 and installs what the tests need (iproute2 for the two-host network test,
# gcc for reference programs) when it can.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$root/scripts/find-java.sh"
export JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
"$root/scripts/install-test-deps.sh"
cd "$root"
mvn verify "$@"
# Two hosts in network namespaces (needs root and iproute2; prints SKIP otherwise).
BENCHCTL="$root/dist/benchctl/bin/benchctl" "$root/tests/scripts/two-hosts.sh"
