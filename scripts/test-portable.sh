#!/usr/bin/env bash
# The suite's portable subset: what CI runs on macOS and Windows (.github/workflows/ci.yml).
# Every test class that needs Linux (procfs, signals, namespaces, cgroups, the bash launcher of a
# real distribution run) says so with JUnit's @EnabledOnOs(OS.LINUX), so on another OS JUnit
# leaves it out and a red job is a real failure. Without its Linux-only installs (./test.sh
# installs test tools with apt) and without the AOT cache, whose training script is Linux/macOS bash.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
if [ -z "${JAVA_HOME:-}" ]; then
    . "$root/scripts/find-java.sh"
    JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
    export JAVA_HOME
fi
exec mvn verify -Dbenchctl.aot.skip "$@"
