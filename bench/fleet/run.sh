#!/usr/bin/env bash
# Speed of `benchctl fleet report` over HOSTS (default 100) synthetic results of WORKLOADS
# (default 15) workloads each. Goal: <= 2 s. Prints FleetBench's in-process figures, then the
# median wall and CPU time of REPEATS (default 5) runs of the real command in a fresh JVM each,
# with bin/benchctl's JVM options (lib/jvm.options, C1 only; no AOT cache, which only the
# distribution build makes), text to /dev/null. On a busy machine the CPU time is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/find-java.sh
JAVA_HOME=$(cd "$(dirname "$JAVA")/.." && pwd)
export JAVA_HOME
mvn -q -pl platform-runtime -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/classpath.txt >/dev/null 2>&1 \
    || { echo "build failed: run mvn -pl platform-runtime -am test-compile" >&2; exit 1; }
CP="platform-runtime/target/classes:platform-runtime/target/test-classes:platform-api/target/classes"
CP="$CP:platform-history/target/classes:peer-protocol/target/classes:$(cat platform-runtime/target/classpath.txt)"
OUT=platform-runtime/target/fleet-bench
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
mkdir -p "$OUT"
"$JAVA_HOME/bin/javac" -d "$OUT" -cp "$CP" bench/fleet/FleetBench.java
"$JAVA" -cp "$OUT:$CP" io.benchctl.runtime.fleet.FleetBench "$DATA" "${HOSTS:-100}" "${WORKLOADS:-15}" 9
JVM_FLAGS=(@distribution/src/lib/jvm.options -XX:TieredStopAtLevel=1)
walls=()
cpus=()
for _ in $(seq "${REPEATS:-5}"); do
    /usr/bin/time -o "$DATA/time" -f "%e %U %S" "$JAVA" "${JVM_FLAGS[@]}" -cp "$CP" io.benchctl.runtime.cli.Main \
        fleet report "$DATA" >/dev/null 2>&1 || [ $? -eq 3 ]
    read -r wall user sys <"$DATA/time"
    walls+=("$wall")
    cpus+=("$(echo "$user + $sys" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "benchctl fleet report in a fresh JVM: median wall $(median "${walls[@]}") s, CPU $(median "${cpus[@]}") s" \
    "of ${#walls[@]} runs (wall: ${walls[*]})"
